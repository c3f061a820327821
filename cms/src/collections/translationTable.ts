import type { UIField } from 'payload';

/** The edit view's per-field translation table, beside the list view's status column. */
export function translationTable(): UIField {
  return {
    name: 'translationTable',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/TranslationTable#TranslationTable' },
    },
  };
}
