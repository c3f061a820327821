import { siteFields } from '@portals/content-models';
import type { Section } from '@portals/content-models/payload-types';
import { z } from 'zod';
import { docIdSchema, localized, relationIdSchema } from './localized.ts';

const text = z.string({ error: 'expected text' });

/** The fields the sites request from `/api/sections` (see `sectionFields`). */
export const sectionDocSchema = z.object({
  id: docIdSchema,
  title: localized(text),
  slug: localized(text),
  description: localized(text),
  portal: z.string({ error: 'expected the portal id' }),
  parent: relationIdSchema.nullish().transform((value) => value ?? null),
  order: z
    .number()
    .nullish()
    .transform((value) => value ?? 0),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
});

export type SectionDoc = z.infer<typeof sectionDocSchema>;

export const sectionFields = siteFields.sections satisfies readonly (keyof SectionDoc &
  keyof Section)[];
