import type { CheckboxField } from 'payload';
import { label } from './label.ts';

/** Marks demonstration content so the portals label it and a real launch can purge it. */
export function demoField(overrides: Partial<CheckboxField> = {}): CheckboxField {
  return {
    name: 'isDemo',
    type: 'checkbox',
    defaultValue: false,
    label: label('Contenu de démonstration', 'Demonstratie-inhoud'),
    admin: { position: 'sidebar' },
    ...overrides,
  };
}
