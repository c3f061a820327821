import { collectionSlugs } from '@portals/content-models';
import {
  articleDocSchema,
  articleFields,
  siteArticleSchema,
  toSiteArticle,
  type ArticleDoc,
  type SiteArticle,
} from '@portals/shared/cms';
import type { ContentKind } from '../../kit/contract.ts';
import { unresolvedArticleLinks } from '../../site/articleLinkResolver.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    articles: SiteArticle;
  }
}

/** A portal's published articles, read in every language with their bodies rendered to HTML. */
export const articleKind: ContentKind<ArticleDoc, SiteArticle> = {
  name: 'articles',
  collection: collectionSlugs.articles,
  fields: articleFields,
  // Each request costs the CMS a count and a query whatever its size: 2,000 articles took it
  // 0.45 to 0.65 s of CPU in pages of 100 and about 0.35 s in pages of 500 (`npm run bench`).
  perRequest: 500,
  docSchema: articleDocSchema,
  entrySchema: siteArticleSchema,
  // Depth 1: images in bodies arrive with their media document (URL, size, localized alt).
  depth: 1,
  toEntry: (doc, { cmsUrl, onWarning }) => toSiteArticle(doc, { cmsUrl, onWarning }),
  afterSync(articles, logger) {
    // Links are resolved by the pages; say here, once per build, which ones will not be.
    for (const warning of unresolvedArticleLinks(articles)) logger.warn(warning);
  },
};
