import type { CollectionConfig } from 'payload';
import { label, portalsField, slugField } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/**
 * Themes cut across the navigation: "family allowances", "pregnancy follow-up". A referent
 * organisation validates one or more themes; articles, agenda items and FAQ entries carry them.
 */
export const Themes = {
  slug: collectionSlugs.themes,
  labels: {
    singular: label('Thème', 'Thema'),
    plural: label('Thèmes', 'Thema’s'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.themes],
    defaultColumns: ['title', 'portals', 'updatedAt'],
  },
  defaultSort: 'title',
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
    portalsField(),
  ],
} satisfies CollectionConfig;
