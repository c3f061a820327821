import type { CollectionConfig } from 'payload';
import { demoField, label, message, portalField } from '../fields/index.ts';
import { locales } from '../locales.ts';
import { newsletterPeriodPattern } from '../newsletter.ts';
import { collectionSlugs } from '../slugs.ts';

/** Where an edition is in its life: only `sent` ones are on the portals' archive. */
export const editionStates = ['draft', 'scheduled', 'sending', 'sent'] as const;
export type EditionState = (typeof editionStates)[number];

const stateLabels: Record<EditionState, ReturnType<typeof label>> = {
  draft: label('Brouillon', 'Concept'),
  scheduled: label('Programmée', 'Gepland'),
  sending: label('En cours d’envoi', 'Wordt verzonden'),
  sent: label('Envoyée', 'Verzonden'),
};

function validatePeriod(value: unknown): true | string {
  return typeof value === 'string' && newsletterPeriodPattern.test(value)
    ? true
    : message(
        'Écrivez le mois au format AAAA-MM (ex. 2026-12).',
        'Schrijf de maand als JJJJ-MM (bv. 2026-12).',
      );
}

const count = (name: string, fr: string, nl: string) =>
  ({
    name,
    type: 'number',
    defaultValue: 0,
    admin: { readOnly: true },
    label: label(fr, nl),
  }) as const;

/**
 * One monthly newsletter of one portal in one language: the editor's word and the items of the
 * month (news, next agenda items) that "assemble" fills in. Sent through the CMS to the
 * confirmed subscribers of that portal and language, then shown on the portal's archive.
 */
export const NewsletterEditions = {
  slug: collectionSlugs.newsletterEditions,
  labels: {
    singular: label('Lettre d’information', 'Nieuwsbrief'),
    plural: label('Lettres d’information', 'Nieuwsbrieven'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'portal', 'locale', 'period', 'state', 'sentAt'],
  },
  defaultSort: '-period',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: label('Titre', 'Titel') },
    {
      name: 'period',
      type: 'text',
      required: true,
      index: true,
      validate: validatePeriod,
      label: label('Mois couvert (AAAA-MM)', 'Behandelde maand (JJJJ-MM)'),
    },
    {
      name: 'editorWord',
      type: 'textarea',
      maxLength: 4000,
      label: label('Le mot de la rédaction', 'Woord van de redactie'),
    },
    {
      name: 'news',
      type: 'relationship',
      relationTo: collectionSlugs.articles,
      hasMany: true,
      label: label('Actualités', 'Nieuws'),
    },
    {
      name: 'events',
      type: 'relationship',
      relationTo: collectionSlugs.agenda,
      hasMany: true,
      label: label('Agenda', 'Agenda'),
    },
    portalField(),
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: locales.map((code) => ({ value: code, label: code.toUpperCase() })),
      label: label('Langue', 'Taal'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'draft',
      options: editionStates.map((value) => ({ value, label: stateLabels[value] })),
      label: label('État', 'Status'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'scheduledAt',
      type: 'date',
      label: label('Envoi programmé le', 'Verzending gepland op'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: label('Envoyée le', 'Verzonden op'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'report',
      type: 'group',
      label: label('Rapport d’envoi', 'Verzendrapport'),
      admin: { position: 'sidebar' },
      fields: [
        count('recipients', 'Destinataires', 'Ontvangers'),
        count('sent', 'Envoyés', 'Verzonden'),
        count('failed', 'Échecs', 'Mislukt'),
        count('bounced', 'Adresses en erreur (écartées)', 'Foutieve adressen (overgeslagen)'),
      ],
    },
    demoField(),
  ],
} satisfies CollectionConfig;
