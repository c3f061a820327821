import type { TextField } from 'payload';
import { slugPattern } from '../slugs.ts';
import { label } from './label.ts';

/**
 * A localized URL segment. The CMS fills it from the title when left empty
 * (hook `fillSlugFromTitle`); editors may override it, and the value is kept stable
 * afterwards so published URLs do not move when a title is reworded.
 */
export function slugField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    label: label('Segment d’URL', 'URL-segment'),
    admin: {
      position: 'sidebar',
      description: label(
        'Rempli à partir du titre si vide. Minuscules, chiffres et tirets.',
        'Wordt uit de titel gevuld indien leeg. Kleine letters, cijfers en koppeltekens.',
      ),
    },
    validate: (value: unknown) =>
      value == null || value === '' || (typeof value === 'string' && slugPattern.test(value))
        ? true
        : 'Use lower-case letters, digits and hyphens only (for example "visiter-un-enfant").',
    ...overrides,
  } as TextField;
}
