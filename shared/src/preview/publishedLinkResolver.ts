import type { Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { InternalLinkTarget } from '../richtext/index.ts';
import { articleUrl, articleUrlOrFallback, hasFallbackPage } from '../site/strictLinks.ts';

/**
 * Resolves a draft's links to other articles against the live release's published articles,
 * as the next build would: a page in the link's language, else its fallback page, else plain
 * text (a link to an unpublished article is not shown as a link).
 */
export function publishedLinkResolver(articles: readonly SiteArticle[]) {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return (locale: Locale) =>
    (target: InternalLinkTarget): string | null => {
      const article = target.relationTo === 'articles' ? byId.get(target.id) : undefined;
      if (!article) return null;
      if (article.translations[locale]) return articleUrl(article, locale);
      return hasFallbackPage(article, locale) ? articleUrlOrFallback(article, locale) : null;
    };
}
