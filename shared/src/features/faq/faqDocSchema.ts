import { siteFields } from '@portals/content-models';
import type { FaqEntry } from '@portals/content-models/payload-types';
import { z } from 'zod';
import { docIdSchema, localized, relationIdSchema } from '@portals/shared/cms';

const isoDate = z.iso.datetime({ offset: true, error: 'expected an ISO date' });

/** A Lexical editor state; its inner nodes are left to the rich-text renderer. */
const lexicalSchema = z.looseObject({
  root: z.looseObject(
    { children: z.array(z.unknown()) },
    { error: 'expected a Lexical "root" node' },
  ),
});

/** An FAQ entry as `/api/faq?locale=all&depth=0` sends it, with the fields in `faqFields`. */
export const faqDocSchema = z.object({
  id: docIdSchema,
  question: localized(z.string({ error: 'expected the question as text' })),
  answer: localized(lexicalSchema),
  answeredBy: relationIdSchema.nullish().transform((value) => value ?? null),
  answeredAt: isoDate.nullish().transform((value) => value ?? null),
  themes: z
    .array(relationIdSchema)
    .nullish()
    .transform((value) => value ?? []),
  updatedAt: isoDate,
  isDemo: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
  // Required: without it the published re-check could not be made (payload#14750).
  _status: z.enum(['published', 'draft'], {
    error: 'expected _status "published" or "draft"; are drafts enabled and _status selected?',
  }),
});

export type FaqDoc = z.output<typeof faqDocSchema>;

/** The projection requested with `select`: checked against the generated `FaqEntry` type. */
export const faqFields = siteFields.faq satisfies readonly (keyof FaqEntry)[];
