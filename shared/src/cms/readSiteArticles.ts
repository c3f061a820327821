import type { ArticleDoc } from './articleDocSchema.ts';
import { fetchArticleDocs, fetchArticleVersions, type CmsReadOptions } from './fetchArticleDocs.ts';
import type { DocVersion } from './fetchDocs.ts';
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
export function keepPublished<T extends { id: string; _status?: ArticleDoc['_status'] }>(
  docs: readonly T[],
  logger: CmsLogger,
): T[] {
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

/** Reads a portal's published articles (all, or `options.ids`) and maps them to the sites' shape. */
export async function readSiteArticles(options: ReadOptions): Promise<SiteArticle[]> {
  const { logger } = options;
  const docs = await fetchArticleDocs({
    ...options,
    // Progress of a full read; reads of changed documents are short.
    onPage: options.ids
      ? undefined
      : ({ page, totalPages, totalDocs }) =>
          logger.info(`articles: page ${page}/${Math.max(totalPages, 1)} (${totalDocs} published)`),
  });
  return keepPublished(docs, logger).flatMap((doc) => {
    const article = toSiteArticle(doc, {
      cmsUrl: options.cmsUrl,
      onWarning: (message) => logger.warn(message),
    });
    return article ? [article] : [];
  });
}

/** Lists the id and `updatedAt` of a portal's published articles, drafts re-checked as above. */
export async function readArticleVersions(options: ReadOptions): Promise<DocVersion[]> {
  return keepPublished(await fetchArticleVersions(options), options.logger);
}
