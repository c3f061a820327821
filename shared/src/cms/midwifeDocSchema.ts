import type { Midwife } from '@portals/content-models/payload-types';
import { z } from 'zod';
import { brusselsCommunes, spokenLanguages, siteFields } from '@portals/content-models';
import { midwifeSpecialities, type MidwifeSpeciality } from '@portals/content-models/collections';
import { docIdSchema, localized } from './localized.ts';

const values = <T extends { value: string }>(list: readonly T[]) =>
  list.map((item) => item.value) as [T['value'], ...T['value'][]];

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value.trim() : null));

/** A midwife as `/api/midwives?locale=all&depth=0` sends it, in the shape the sites use. */
export const midwifeDocSchema = z.object({
  id: docIdSchema,
  name: z.string({ error: 'expected a name' }).min(1),
  languages: list(z.enum(values(spokenLanguages), { error: 'unknown language code' })),
  communes: list(z.enum(values(brusselsCommunes), { error: 'unknown Brussels commune' })),
  specialities: list(
    z.enum(Object.keys(midwifeSpecialities) as [MidwifeSpeciality, ...MidwifeSpeciality[]], {
      error: 'unknown speciality',
    }),
  ),
  contact: z
    .object({ phone: optionalText, email: optionalText, website: optionalText })
    .nullish()
    .transform((value) => value ?? { phone: null, email: null, website: null }),
  availability: localized(z.string()),
  portals: list(z.string()),
  isDemo: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
  // Optional here so older readers' fixtures stay valid; the kit's kind requires both.
  updatedAt: z.string().optional(),
  _status: z.enum(['published', 'draft']).optional(),
});

export type SiteMidwife = z.output<typeof midwifeDocSchema>;

/** The projection requested: what a "find a midwife" page shows. Checked against `Midwife`. */
export const midwifeFields = siteFields.midwives satisfies readonly (keyof SiteMidwife &
  keyof Midwife)[];
