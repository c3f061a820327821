import { defaultLocale, type Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { RouteOf } from '../kit/contract.ts';
import type { PageLink } from '../site/pageLinks.ts';
import { hasFallbackPage } from '../site/strictLinks.ts';

export type PreviewRoute = RouteOf<'article' | 'articleFallback'>;

export interface PreviewLinks {
  /** The preview page's own path, without its token: canonical and current path. */
  path: (locale: Locale) => string;
  /** The same preview in another language, token included, for the language switch. */
  href: (locale: Locale) => string;
}

/**
 * The route the live site would give the draft in `locale` (the article, or its French
 * fallback page in Dutch), reshaped for a preview: never indexable, no hreflang alternates,
 * and a language switch that stays inside the preview. Null when the draft has no page in
 * that language at all.
 */
export function previewRoute(
  article: SiteArticle,
  locale: Locale,
  locales: readonly Locale[],
  links: PreviewLinks,
): PreviewRoute | null {
  const hasPage = (l: Locale) => Boolean(article.translations[l]) || hasFallbackPage(article, l);
  if (!hasPage(locale)) return null;
  const languageSwitch: PageLink[] = locales
    .filter((other) => other !== locale && hasPage(other))
    .map((other) => ({ locale: other, path: links.href(other) }));
  const common = {
    article,
    locale,
    path: links.path(locale),
    canonicalPath: links.path(locale),
    indexable: false,
    alternates: [],
    languageSwitch,
  };
  return article.translations[locale]
    ? { kind: 'article', ...common }
    : { kind: 'articleFallback', shownLocale: defaultLocale, ...common };
}
