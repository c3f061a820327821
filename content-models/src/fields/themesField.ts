import type { RelationshipField } from 'payload';
import { collectionSlugs } from '../slugs.ts';
import { label } from './label.ts';

/**
 * The themes a document belongs to. A theme decides which referent organisation reviews the
 * document, so referents' access is computed from this field.
 */
export function themesField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'themes',
    type: 'relationship',
    relationTo: collectionSlugs.themes,
    hasMany: true,
    index: true,
    label: label('Thèmes', 'Thema’s'),
    admin: { position: 'sidebar' },
    ...overrides,
  } as RelationshipField;
}
