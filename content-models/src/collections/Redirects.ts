import type { CollectionConfig } from 'payload';
import { label, message, portalField } from '../fields/index.ts';
import { isHttpUrl } from '../fields/urlField.ts';
import { locales } from '../locales.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** Documents a redirect may point to; the portals turn them into their canonical URL. */
export const redirectTargets = [
  collectionSlugs.articles,
  collectionSlugs.sections,
  collectionSlugs.hospitals,
  collectionSlugs.mutualities,
  collectionSlugs.agenda,
  collectionSlugs.faq,
  collectionSlugs.projects,
  collectionSlugs.tools,
  collectionSlugs.journeys,
] as const;

/** A site path: starts with one slash, no spaces, no scheme. */
export function validatePath(value: unknown): true | string {
  if (
    typeof value === 'string' &&
    /^\/[^\s?#]*(\?[^\s#]*)?$/.test(value) &&
    !value.startsWith('//')
  )
    return true;
  return message(
    'Écrivez un chemin du site commençant par « / », sans espace (ex. /fr/ancienne-page).',
    'Schrijf een pad van de site dat met "/" begint, zonder spaties (bv. /nl/oude-pagina).',
  );
}

function validateDestination(
  value: unknown,
  { siblingData }: { siblingData: { toDocument?: unknown } },
) {
  const hasDocument = siblingData.toDocument != null && siblingData.toDocument !== '';
  if (value == null || value === '') {
    return hasDocument
      ? true
      : message(
          'Indiquez une destination : un chemin ou un document.',
          'Geef een bestemming op: een pad of een document.',
        );
  }
  if (hasDocument)
    return message(
      'Choisissez un chemin ou un document, pas les deux.',
      'Kies een pad of een document, niet beide.',
    );
  return typeof value === 'string' && isHttpUrl(value) ? true : validatePath(value);
}

/**
 * Redirects the portals emit (301 for moved pages, 302 for temporary ones): old URLs of the
 * previous sites keep working and keep their search ranking.
 */
export const Redirects = {
  slug: collectionSlugs.redirects,
  labels: {
    singular: label('Redirection', 'Omleiding'),
    plural: label('Redirections', 'Omleidingen'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.redirects],
    defaultColumns: ['from', 'toPath', 'toDocument', 'statusCode', 'portal', 'locale'],
  },
  defaultSort: 'from',
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      index: true,
      validate: validatePath,
      label: label('Ancien chemin', 'Oud pad'),
    },
    {
      name: 'toPath',
      type: 'text',
      validate: validateDestination,
      label: label('Vers un chemin ou une adresse', 'Naar een pad of adres'),
    },
    {
      name: 'toDocument',
      type: 'relationship',
      relationTo: [...redirectTargets],
      label: label('Vers un document', 'Naar een document'),
    },
    {
      name: 'statusCode',
      type: 'select',
      required: true,
      defaultValue: '301',
      options: [
        {
          value: '301',
          label: label('301 – déplacé définitivement', '301 – definitief verplaatst'),
        },
        { value: '302', label: label('302 – temporaire', '302 – tijdelijk') },
      ],
      label: label('Type', 'Soort'),
      admin: { position: 'sidebar' },
    },
    portalField(),
    {
      name: 'locale',
      type: 'select',
      options: locales.map((code) => ({ value: code, label: code.toUpperCase() })),
      label: label('Langue', 'Taal'),
      admin: {
        position: 'sidebar',
        description: label(
          'Vide : toutes les langues du portail.',
          'Leeg: alle talen van het portaal.',
        ),
      },
    },
  ],
} satisfies CollectionConfig;
