import type { CollectionConfig } from 'payload';
import { label, portalField, slugField } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';

/** A portal's navigation tree: each section belongs to one portal and may have a parent. */
export const Sections = {
  slug: collectionSlugs.sections,
  labels: {
    singular: label('Rubrique', 'Rubriek'),
    plural: label('Rubriques', 'Rubrieken'),
  },
  admin: {
    useAsTitle: 'title',
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
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: label('Ordre', 'Volgorde'),
      admin: { position: 'sidebar' },
    },
  ],
} satisfies CollectionConfig;
