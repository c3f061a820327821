import { collectionSlugs, publishedWhere } from '@portals/content-models';
import { articleDocSchema, articleFields, type ArticleDoc } from './articleDocSchema.ts';
import { readableUrl } from './CmsError.ts';
import { selectFields } from './encodeQuery.ts';
import {
  fetchDocs,
  fetchDocVersions,
  idsWhere,
  type CmsReadOptions,
  type CmsRequest,
  type DocVersion,
} from './fetchDocs.ts';
import { parseDocs } from './parseDocs.ts';

export type { CmsReadOptions } from './fetchDocs.ts';

const path = `/api/${collectionSlugs.articles}`;

/** The articles a portal shows: published and on that portal. */
function articlesWhere(portal: string, ids?: readonly string[]) {
  // Explicit status filter on top of the CMS access rules: payload#14750.
  return { and: [publishedWhere, { portals: { in: portal } }, ...(ids ? [idsWhere(ids)] : [])] };
}

/** The REST path and query that read a portal's published articles (or some of them) in every language. */
export function articlesRequest(portal: string, ids?: readonly string[]): CmsRequest {
  return {
    path,
    query: {
      locale: 'all',
      depth: 0,
      // A stable order keeps pagination from skipping or repeating documents.
      sort: 'id',
      where: articlesWhere(portal, ids),
      select: selectFields(articleFields),
    },
  };
}

/** The REST path and query that list the id and `updatedAt` of a portal's published articles. */
export function articleVersionsRequest(portal: string): CmsRequest {
  return {
    path,
    query: {
      depth: 0,
      sort: 'id',
      where: articlesWhere(portal),
      select: selectFields(['updatedAt', '_status'] as const satisfies (keyof ArticleDoc)[]),
    },
  };
}

/**
 * Articles per request when reading them all. Each request costs the CMS a count and a query
 * whatever its size: 2,000 articles took it 0.45 to 0.65 s of CPU in pages of 100 and about
 * 0.35 s in pages of 500, which is also the build waiting (`npm run bench`).
 */
const articlesPerRequest = 500;

/** Reads a portal's published articles (all, or `options.ids`), validated. Drafts that slip through are left to the caller's re-check. */
export async function fetchArticleDocs(options: CmsReadOptions): Promise<ArticleDoc[]> {
  const docs = await fetchDocs({ limit: articlesPerRequest, ...options }, (ids) =>
    articlesRequest(options.portal, ids),
  );
  return parseDocs(articleDocSchema, docs, {
    collection: collectionSlugs.articles,
    url: readableUrl(new URL(path, options.cmsUrl)),
  });
}

/** Lists the id and `updatedAt` of a portal's published articles. Drafts are left to the caller's re-check. */
export function fetchArticleVersions(options: Omit<CmsReadOptions, 'ids'>): Promise<DocVersion[]> {
  return fetchDocVersions(
    options,
    articleVersionsRequest(options.portal),
    collectionSlugs.articles,
  );
}
