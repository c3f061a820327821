import type { CollectionConfig } from 'payload';
import {
  demoField,
  label,
  portalsField,
  seoFields,
  slugField,
  themesField,
  translationFields,
  workflowFields,
  redirectsHereField,
  wordpressSourceField,
} from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

export const articleKinds = ['news', 'focus', 'page'] as const;
export type ArticleKind = (typeof articleKinds)[number];

/**
 * Articles: news, focus interviews and permanent pages. A document may exist in one
 * language only: its other-language fields then stay empty and the sites know it.
 */
export const Articles = {
  slug: collectionSlugs.articles,
  labels: {
    singular: label('Article', 'Artikel'),
    plural: label('Articles', 'Artikels'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.articles],
    defaultColumns: [
      'title',
      'kind',
      'portals',
      'editorialState',
      'translationStates',
      '_status',
      'updatedAt',
    ],
    listSearchableFields: ['title', 'summary'],
  },
  versions: {
    // Publication and unpublication can be scheduled; the CMS's job runner carries them out.
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label('Titre', 'Titel'),
    },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Résumé', 'Samenvatting'),
      admin: {
        description: label(
          'Une ou deux phrases: listes, résultats de recherche et méta-description.',
          'Een of twee zinnen: lijsten, zoekresultaten en meta-beschrijving.',
        ),
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('Texte', 'Tekst'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'news',
      options: [
        { value: 'news', label: label('Actualité', 'Nieuws') },
        { value: 'focus', label: label('Focus', 'Focus') },
        { value: 'page', label: label('Page permanente', 'Vaste pagina') },
      ],
      label: label('Type', 'Soort'),
      admin: { position: 'sidebar' },
    },
    portalsField(),
    {
      name: 'sections',
      type: 'relationship',
      relationTo: collectionSlugs.sections,
      hasMany: true,
      label: label('Rubriques', 'Rubrieken'),
      admin: {
        position: 'sidebar',
        description: label(
          'Où l’article apparaît dans la navigation. La première est la principale.',
          'Waar het artikel in de navigatie verschijnt. De eerste is de hoofdrubriek.',
        ),
      },
    },
    themesField(),
    {
      name: 'directoryCategories',
      type: 'number',
      hasMany: true,
      label: label('Catégories de l’annuaire', 'Categorieën van de gids'),
      admin: {
        position: 'sidebar',
        description: label(
          'Identifiants de catégories Bruxelles Social : la liste « qui peut aider » de l’article.',
          'Categorie-id’s van Sociaal Brussel: de lijst "wie kan helpen" bij het artikel.',
        ),
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label('Date de publication', 'Publicatiedatum'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: label(
          'Remplie à la première publication si vide.',
          'Wordt bij de eerste publicatie ingevuld indien leeg.',
        ),
      },
    },
    seoFields(),
    ...workflowFields(),
    ...translationFields(),
    demoField(),
    redirectsHereField(),
    wordpressSourceField(),
  ],
} satisfies CollectionConfig;
