import type { SelectField } from 'payload';
import { portalList } from '../portals.ts';
import { label } from './label.ts';

export const portalOptions = portalList.map((portal) => ({
  label: portal.name.fr,
  value: portal.id,
}));

/** The portals a document is published on: one document can serve several portals. */
export function portalsField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'portals',
    type: 'select',
    hasMany: true,
    required: true,
    index: true,
    options: portalOptions,
    label: label('Portails', 'Portalen'),
    admin: { position: 'sidebar' },
    ...overrides,
  } as SelectField;
}

/** The single portal a document belongs to (a section of one portal's navigation). */
export function portalField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'portal',
    type: 'select',
    required: true,
    index: true,
    options: portalOptions,
    label: label('Portail', 'Portaal'),
    admin: { position: 'sidebar' },
    ...overrides,
  } as SelectField;
}
