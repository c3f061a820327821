import type { GroupField } from 'payload';
import { collectionSlugs } from '../slugs.ts';
import { label } from './label.ts';

/**
 * What search engines and social networks show. Empty values fall back, on the portals, to
 * the title, the summary and the first image.
 */
export function seoFields(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'seo',
    type: 'group',
    label: label('Référencement', 'Vindbaarheid'),
    fields: [
      {
        name: 'metaTitle',
        type: 'text',
        localized: true,
        maxLength: 70,
        label: label('Titre pour les moteurs de recherche', 'Titel voor zoekmachines'),
      },
      {
        name: 'metaDescription',
        type: 'textarea',
        localized: true,
        maxLength: 160,
        label: label('Méta-description', 'Meta-beschrijving'),
      },
      {
        name: 'image',
        type: 'upload',
        relationTo: collectionSlugs.media,
        label: label('Image de partage', 'Deelafbeelding'),
      },
    ],
    ...overrides,
  };
}
