import { defaultLocale, type Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { SiteRoute } from '../site/buildRoutes.ts';
import { hasFallbackPage } from '../site/strictLinks.ts';
import { previewRouteOf, type PreviewLinks } from './previewMapping.ts';

export type PreviewRoute = Extract<SiteRoute, { kind: 'article' | 'articleFallback' }>;

/**
 * The route the live site would give the article draft in `locale` (the article, or its French
 * fallback page in Dutch), reshaped for a preview. Null when the draft has no page in that
 * language at all.
 */
export function previewRoute(
  article: SiteArticle,
  locale: Locale,
  locales: readonly Locale[],
  links: PreviewLinks,
): PreviewRoute | null {
  const hasPage = (l: Locale) => Boolean(article.translations[l]) || hasFallbackPage(article, l);
  if (!hasPage(locale)) return null;
  const common = {
    article,
    locale,
    path: links.path(locale),
    canonicalPath: links.path(locale),
    indexable: false,
    alternates: [],
    languageSwitch: [],
  };
  const route: PreviewRoute = article.translations[locale]
    ? { kind: 'article', ...common }
    : { kind: 'articleFallback', shownLocale: defaultLocale, ...common };
  return previewRouteOf(route, { locales, links }, hasPage);
}
