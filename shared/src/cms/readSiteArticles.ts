import type { ArticleDoc } from './articleDocSchema.ts';
import { fetchArticleDocs, type CmsReadOptions } from './fetchArticleDocs.ts';
import type { SiteArticle } from './siteArticleSchema.ts';
import { toSiteArticle } from './toSiteArticle.ts';

/** The part of Astro's integration logger the readers use; tests pass a stub. */
export interface CmsLogger {
  info(message: string): void;
  warn(message: string): void;
}

export type ReadOptions = Omit<CmsReadOptions, 'onPage'> & { logger: CmsLogger };

/**
 * Second line of defence against payload#14750: the query already asks for published
 * documents, and anything else that still arrives is dropped here, loudly.
 */
export function keepPublished(docs: readonly ArticleDoc[], logger: CmsLogger): ArticleDoc[] {
  const seen = new Set<string>();
  return docs.filter((doc) => {
    if (doc._status !== 'published') {
      logger.warn(
        `article ${doc.id} came back with _status "${doc._status}" despite the filter: skipped`,
      );
      return false;
    }
    if (seen.has(doc.id)) {
      logger.warn(`article ${doc.id} came back twice (pagination moved?): kept once`);
      return false;
    }
    seen.add(doc.id);
    return true;
  });
}

/** Reads a portal's published articles and maps them to the sites' shape. */
export async function readSiteArticles(options: ReadOptions): Promise<SiteArticle[]> {
  const { logger } = options;
  const docs = await fetchArticleDocs({
    ...options,
    onPage: ({ page, totalPages, totalDocs }) =>
      logger.info(`articles: page ${page}/${Math.max(totalPages, 1)} (${totalDocs} published)`),
  });
  return keepPublished(docs, logger).flatMap((doc) => {
    const article = toSiteArticle(doc, { onWarning: (message) => logger.warn(message) });
    return article ? [article] : [];
  });
}
