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
      // Issue #16: a withdrawn page should not leave its readers on a 404.
      name: 'unpublishedRedirect',
      type: 'select',
      defaultValue: 'create',
      options: [
        {
          value: 'create',
          label: label(
            'Rediriger vers sa rubrique, sa liste ou l’accueil',
            'Omleiden naar de rubriek, de lijst of de startpagina',
          ),
        },
        { value: 'none', label: label('Ne rien créer', 'Niets aanmaken') },
      ],
      label: label('Page dépubliée', 'Gedepubliceerde pagina'),
      admin: {
        description: label(
          'Quand une page publiée est retirée, le CMS crée une redirection temporaire de son adresse vers sa rubrique principale, la liste de son type (hôpitaux, agenda…) ou l’accueil de la langue. « Ne rien créer » : son adresse mènera à la page introuvable, ajoutez une redirection vous-même.',
          'Wanneer een gepubliceerde pagina wordt ingetrokken, maakt het CMS een tijdelijke omleiding van haar adres naar haar hoofdrubriek, de lijst van haar soort (ziekenhuizen, agenda…) of de startpagina van de taal. "Niets aanmaken": haar adres leidt naar de pagina niet gevonden, voeg zelf een omleiding toe.',
        ),
      },
    },
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
