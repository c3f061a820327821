import { z } from 'zod';
import { locales } from '@portals/content-models';
import type { Organisation } from './Organisation.ts';

const bilingual = <T extends z.ZodType>(value: T) => z.object({ fr: value, nl: value });
const text = z.string().nullable();
const ids = z.array(z.int());

/** `Organisation` as a schema; `satisfies` keeps the two in step when a field is added. */
export const organisationSchema = z.object({
  id: z.int().positive(),
  name: bilingual(z.string()),
  alternativeNames: bilingual(z.array(z.string())),
  description: bilingual(text),
  activities: bilingual(text),
  address: z
    .object({
      street: bilingual(z.string()),
      number: text,
      box: text,
      zipCode: z.int(),
      municipality: bilingual(z.string()),
    })
    .nullable(),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  websites: z.array(z.string()),
  openingHours: bilingual(text),
  targetPublic: bilingual(text),
  categories: z.array(z.object({ id: z.int(), label: bilingual(z.string()) })),
  sectorIds: ids,
  agreementIds: ids,
  languages: z.array(z.string()),
  offersInterpreting: z.boolean(),
  legalStatus: bilingual(z.string()).nullable(),
  remark: bilingual(text),
  isSynthetic: z.boolean(),
  lastUpdate: z.iso.date(),
  sourceUrl: z.url(),
}) satisfies z.ZodType<Organisation>;

/** One organisation of a portal's directory: the schema of the sites' `directory` collection. */
export const directoryEntrySchema = z.object({
  organisation: organisationSchema,
  /** The portal's own note about it, per language. */
  note: z.partialRecord(z.enum(locales), z.string()).nullable(),
  /** Where this build's data came from: the service, its last good answer, or the snapshot. */
  source: z.enum(['live', 'cache', 'snapshot']),
  /** When the data was fetched from Bruxelles Social (ISO timestamp): "data as of". */
  fetchedAt: z.iso.datetime(),
});

export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
