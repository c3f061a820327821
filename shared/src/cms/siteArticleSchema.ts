import { z } from 'zod';
import { locales, slugPattern } from '@portals/content-models';
import { articleKinds } from '@portals/content-models/collections';
import { siteImageSchema } from './siteImageSchema.ts';

const localeSchema = z.enum(locales);

/** One language version of an article; present only when title and slug exist in it. */
export const articleTranslationSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(slugPattern, 'expected a slug: lower-case letters, digits and hyphens'),
  /** Plain text, '' when the editor wrote none. */
  summary: z.string(),
  /**
   * Sanitised HTML of the body, '' when empty. Links to other articles are still placeholders
   * (`data-internal-link`): pages resolve them with `resolveInternalLinks`.
   */
  bodyHtml: z.string(),
  /** The share image, shown as the cover; absent without one described in this language. */
  image: siteImageSchema.optional(),
});

/** An article as the sites use it: the content-layer schema of the `articles` collection. */
export const siteArticleSchema = z.object({
  id: z.string(),
  kind: z.enum(articleKinds),
  isDemo: z.boolean(),
  /** ISO date of first publication, null when the CMS has none. */
  publishedAt: z.string().nullable(),
  /** The CMS document's last change: the loader re-reads the article when it differs. */
  updatedAt: z.string(),
  /** Sections of this portal the article sits in; the first is its primary section. */
  sectionIds: z.array(z.string()),
  /**
   * Where the editors put it among the articles of its sections (drag and drop in a section's
   * "articles" list): a key compared as a plain string; absent when never ordered.
   */
  editorialOrder: z.string().optional(),
  /** Bruxelles Social category ids: the directory's organisations listed as "who can help". */
  directoryCategories: z.array(z.int()),
  /** Locales in which the article exists (title and slug non-empty), in platform order. */
  availableLocales: z.array(localeSchema),
  translations: z.partialRecord(localeSchema, articleTranslationSchema),
});

export type SiteArticle = z.infer<typeof siteArticleSchema>;
export type ArticleTranslation = z.infer<typeof articleTranslationSchema>;
