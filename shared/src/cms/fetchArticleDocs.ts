import { collectionSlugs, publishedWhere } from '@portals/content-models';
import { articleDocSchema, articleFields, type ArticleDoc } from './articleDocSchema.ts';
import { readableUrl } from './CmsError.ts';
import { selectFields } from './encodeQuery.ts';
import { fetchAllPages, type FetchAllPagesOptions } from './fetchAllPages.ts';
import { parseDocs } from './parseDocs.ts';

export type CmsReadOptions = Pick<FetchAllPagesOptions, 'cmsUrl' | 'fetch' | 'onPage' | 'limit'> & {
  /** The portal id whose content is read, e.g. `hospichild`. */
  portal: string;
};

/** The REST path and query that read a portal's published articles in every language. */
export function articlesRequest(portal: string) {
  return {
    path: `/api/${collectionSlugs.articles}`,
    query: {
      locale: 'all',
      depth: 0,
      // A stable order keeps pagination from skipping or repeating documents.
      sort: 'id',
      // Explicit status filter on top of the CMS access rules: payload#14750.
      where: { and: [publishedWhere, { portals: { in: portal } }] },
      select: selectFields(articleFields),
    },
  };
}

/** Reads all published articles of a portal, validated. Drafts that slip through are left to the caller's re-check. */
export async function fetchArticleDocs(options: CmsReadOptions): Promise<ArticleDoc[]> {
  const request = articlesRequest(options.portal);
  const docs = await fetchAllPages({ ...options, ...request });
  return parseDocs(articleDocSchema, docs, {
    collection: collectionSlugs.articles,
    url: readableUrl(new URL(request.path, options.cmsUrl)),
  });
}
