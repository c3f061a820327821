import type { CollectionConfig } from 'payload';
import {
  label,
  portalField,
  redirectsHereField,
  slugField,
  wordpressSourceField,
} from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** Menu, sub-menu, article: the thematic tree has at most three levels of sections. */
export const maxSectionDepth = 3;

/**
 * A portal's thematic tree (arborescence): each section belongs to one portal and may have a
 * parent. Articles are placed under one or more sections; their first one is the canonical
 * place, the others list the article and link to it.
 */
export const Sections = {
  slug: collectionSlugs.sections,
  labels: {
    singular: label('Rubrique', 'Rubriek'),
    plural: label('Rubriques', 'Rubrieken'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.sections],
    defaultColumns: ['title', 'portal', 'parent', 'order'],
  },
  defaultSort: 'order',
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
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Description', 'Beschrijving'),
    },
    portalField(),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: collectionSlugs.sections,
      label: label('Rubrique parente', 'Bovenliggende rubriek'),
      admin: {
        position: 'sidebar',
        description: label('Trois niveaux au plus.', 'Hoogstens drie niveaus.'),
      },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: label('Ordre', 'Volgorde'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'articles',
      type: 'join',
      collection: collectionSlugs.articles,
      on: 'sections',
      defaultLimit: 50,
      // The editors' order of a section's articles: drag and drop here stores a fractional
      // key on each article (`_sections_articles_order`), which the sites sort by.
      orderable: true,
      label: label('Articles placés ici', 'Artikels hier geplaatst'),
      admin: {
        // Born in Brussels editors follow each placement's state and writer from the tree.
        defaultColumns: ['title', 'editorialState', 'writer', '_status'],
      },
    },
    redirectsHereField(),
    wordpressSourceField(),
  ],
} satisfies CollectionConfig;
