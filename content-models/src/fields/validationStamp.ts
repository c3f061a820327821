import type { GroupField } from 'payload';
import { label } from './label.ts';

/**
 * "Last validated on / by": who outside the team checked a text (a hospital's social
 * service, a union's antenna) and when, shown to editors so stale sections stand out.
 */
export function validationStamp(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'validation',
    type: 'group',
    label: label('Dernière validation', 'Laatste validatie'),
    admin: { hideGutter: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'validatedAt',
            type: 'date',
            label: label('Validé le', 'Gevalideerd op'),
            admin: { date: { pickerAppearance: 'dayOnly' } },
          },
          {
            name: 'validatedBy',
            type: 'text',
            label: label('Validé par', 'Gevalideerd door'),
          },
        ],
      },
    ],
    ...overrides,
  };
}
