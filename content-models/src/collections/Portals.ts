import type { CollectionConfig } from 'payload';
import { directoryCurationField, label, portalField, urlField } from '../fields/index.ts';
import { locales } from '../locales.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** What a portal's home page may feature. */
export const featuredTargets = [
  collectionSlugs.articles,
  collectionSlugs.agenda,
  collectionSlugs.hospitals,
  collectionSlugs.mutualities,
  collectionSlugs.projects,
  collectionSlugs.tools,
] as const;

/**
 * One record per portal: the editorial settings the team changes without a deployment
 * (locales published, contact, footer, home page, directory curation). Identifiers come
 * from `portals.ts`.
 */
export const Portals = {
  slug: collectionSlugs.portals,
  typescript: { interface: 'PortalRecord' },
  labels: {
    singular: label('Portail', 'Portaal'),
    plural: label('Portails', 'Portalen'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.portals],
    defaultColumns: ['name', 'portal', 'locales', 'baseUrl'],
  },
  fields: [
    portalField({ unique: true, admin: { position: 'sidebar' } }),
    { name: 'name', type: 'text', localized: true, required: true, label: label('Nom', 'Naam') },
    {
      name: 'locales',
      type: 'select',
      hasMany: true,
      // SQL adapters keep localized values in `<collection>_locales`: avoid that table name.
      dbName: 'portals_published_locales',
      required: true,
      options: locales.map((code) => ({ value: code, label: code.toUpperCase() })),
      label: label('Langues publiées', 'Gepubliceerde talen'),
      admin: {
        position: 'sidebar',
        description: label(
          'La première est la langue par défaut du portail.',
          'De eerste is de standaardtaal van het portaal.',
        ),
      },
    },
    urlField('baseUrl', label('Adresse publique', 'Publiek adres'), { required: true }),
    { name: 'contactEmail', type: 'email', label: label('Adresse de contact', 'Contactadres') },
    {
      name: 'messageRetentionDays',
      type: 'number',
      min: 1,
      max: 3650,
      defaultValue: 365,
      label: label(
        'Conservation des messages reçus (jours)',
        'Bewaartermijn ontvangen berichten (dagen)',
      ),
      admin: {
        description: label(
          'Les messages et questions des lecteurs sont effacés après ce délai.',
          'Berichten en vragen van lezers worden na deze termijn gewist.',
        ),
      },
    },
    {
      name: 'footerPages',
      type: 'relationship',
      relationTo: collectionSlugs.articles,
      hasMany: true,
      label: label('Pages du pied de page', 'Pagina’s in de voettekst'),
    },
    {
      name: 'home',
      type: 'group',
      label: label('Page d’accueil', 'Startpagina'),
      fields: [
        {
          name: 'announcement',
          type: 'group',
          label: label('Annonce mise en avant', 'Uitgelichte aankondiging'),
          fields: [
            { name: 'title', type: 'text', localized: true, label: label('Titre', 'Titel') },
            { name: 'text', type: 'textarea', localized: true, label: label('Texte', 'Tekst') },
            {
              name: 'link',
              type: 'relationship',
              relationTo: [...featuredTargets],
              label: label('Lien vers', 'Link naar'),
            },
            {
              name: 'until',
              type: 'date',
              label: label('Affichée jusqu’au', 'Getoond tot'),
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
        {
          name: 'featured',
          type: 'relationship',
          relationTo: [...featuredTargets],
          hasMany: true,
          label: label('Contenus à la une', 'Uitgelichte inhoud'),
        },
      ],
    },
    directoryCurationField(),
  ],
} satisfies CollectionConfig;
