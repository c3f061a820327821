import { articleDocSchema, toSiteArticle, type ArticleDoc } from '@portals/shared/cms';
import type { PreviewMapping, PreviewMappings } from './previewMapping.ts';
import { previewRoute, type PreviewRoute } from './previewRoute.ts';

/**
 * Articles: mapped exactly as the site loader maps published ones. Links to other articles
 * stay placeholders: the page resolves them against the live release's published articles.
 */
export const articlePreview: PreviewMapping<ArticleDoc, PreviewRoute> = {
  docSchema: articleDocSchema,
  route(doc, locale, { locales, links, cmsUrl }) {
    const article = toSiteArticle(doc, { cmsUrl });
    return article && previewRoute(article, locale, locales, links);
  },
};

/** What a portal previews when its page supplies no mappings: articles. */
export const defaultPreviewMappings: PreviewMappings<PreviewRoute> = { articles: articlePreview };
