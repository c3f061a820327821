import type { Article } from '@portals/content-models/payload-types';
import { collectionSlugs } from '@portals/content-models';
import { z } from 'zod';
import { docIdSchema, relationIdSchema } from '@portals/shared/cms';
import type { ContentKind } from '../../kit/contract.ts';

const isoDate = z.iso.datetime({ offset: true, error: 'expected an ISO date' });

/** What `/api/articles` sends of an article's themes and approval (depth 0). */
export const articleValidationDocSchema = z.object({
  id: docIdSchema,
  themes: z
    .array(relationIdSchema)
    .nullish()
    .transform((value) => value ?? []),
  approval: z
    .object({ organisation: relationIdSchema.nullish(), approvedAt: isoDate.nullish() })
    .nullish(),
  updatedAt: isoDate,
  _status: z.enum(['published', 'draft'], { error: 'expected _status "published" or "draft"' }),
});

/** An article's validation as pages read it: its themes and the referent's approval. */
export const siteArticleValidationSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  themeIds: z.array(z.string()),
  /** Who approved the published text, and when; null when nobody did. */
  approval: z.object({ organisationId: z.string(), approvedAt: z.string() }).nullable(),
});

export type ArticleValidationDoc = z.output<typeof articleValidationDocSchema>;
export type SiteArticleValidation = z.infer<typeof siteArticleValidationSchema>;

/**
 * The approval stamped by the workflow on each published article (issue #11), read beside
 * the articles rather than through them: portals without validation (Hospichild) keep their
 * article entries, and the approval, which the workflow writes, is public by design.
 */
export const articleValidationKind: ContentKind<ArticleValidationDoc, SiteArticleValidation> = {
  name: 'articleValidations',
  collection: collectionSlugs.articles,
  fields: [
    'themes',
    'approval',
    'updatedAt',
    '_status',
  ] as const satisfies readonly (keyof Article)[],
  perRequest: 500,
  singular: 'article validation',
  docSchema: articleValidationDocSchema,
  entrySchema: siteArticleValidationSchema,
  toEntry(doc) {
    const { organisation, approvedAt } = doc.approval ?? {};
    return {
      id: doc.id,
      updatedAt: doc.updatedAt,
      themeIds: doc.themes,
      approval: organisation && approvedAt ? { organisationId: organisation, approvedAt } : null,
    };
  },
};
