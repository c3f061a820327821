import { siteFields } from '@portals/content-models';
import type { Article } from '@portals/content-models/payload-types';
import { z } from 'zod';
import { articleKinds } from '@portals/content-models/collections';
import { docIdSchema, localized, relationIdSchema } from './localized.ts';

const text = z.string({ error: 'expected text' });

/** A Lexical editor state; its inner nodes are left to the rich-text renderer. */
const lexicalSchema = z.looseObject({
  root: z.looseObject(
    { children: z.array(z.unknown()) },
    { error: 'expected a Lexical "root" node' },
  ),
});

/** The fields the sites request from `/api/articles` (see `articleFields`). */
export const articleDocSchema = z.object({
  id: docIdSchema,
  title: localized(text),
  slug: localized(text),
  summary: localized(text),
  body: localized(lexicalSchema),
  kind: z.enum(articleKinds, { error: `expected a kind among ${articleKinds.join(', ')}` }),
  portals: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
  sections: z
    .array(relationIdSchema)
    .nullish()
    .transform((value) => value ?? []),
  // A fractional-indexing key, compared as plain strings; null until the article is placed.
  _articles_articles_order: z.string({ error: 'expected an order key' }).nullish(),
  directoryCategories: z
    .array(z.int({ error: 'expected Bruxelles Social category ids' }))
    .nullish()
    .transform((value) => value ?? []),
  // The share image arrives as its media document at depth 1; `imageOfMedia` checks it.
  seo: z.looseObject({ image: z.unknown().optional() }).nullish(),
  publishedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }).nullish(),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
  isDemo: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
  // Required: without it the published re-check below could not be made (payload#14750).
  _status: z.enum(['published', 'draft'], {
    error: 'expected _status "published" or "draft"; are drafts enabled and _status selected?',
  }),
});

export type ArticleDoc = z.infer<typeof articleDocSchema>;

/**
 * The projection requested with `select[…]=true`: only what the sites render. Checked
 * against the generated `Article` type, so a renamed CMS field fails type-checking here.
 */
export const articleFields = siteFields.articles satisfies readonly (keyof ArticleDoc &
  keyof Article)[];
