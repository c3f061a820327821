import type { GroupField } from 'payload';
import { label, type Label } from './label.ts';
import { validationStamp } from './validationStamp.ts';

/**
 * One optional, localized section of a fiche with its own validation stamp: a hospital
 * without a maternity simply leaves that section empty, and the portals skip it.
 */
export function ficheSection(
  name: string,
  sectionLabel: Label,
  overrides: Partial<GroupField> = {},
): GroupField {
  return {
    name,
    type: 'group',
    label: sectionLabel,
    fields: [
      { name: 'body', type: 'richText', localized: true, label: label('Texte', 'Tekst') },
      validationStamp(),
    ],
    ...overrides,
  };
}
