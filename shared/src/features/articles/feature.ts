import { defaultLocale, type Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { PortalFeature, SiteRoute } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { articleSegment } from '../../site/paths.ts';
import { articleUrl, articleUrlOrFallback, hasFallbackPage } from '../../site/strictLinks.ts';
import { articleKind } from './articleKind.ts';

declare module '../../kit/contract.ts' {
  interface RouteKinds {
    /** An article in one of its languages: `/fr/articles/{slug}/`. */
    article: { article: SiteArticle };
    /** A Dutch URL showing the French text of an article that has no Dutch version. */
    articleFallback: { article: SiteArticle; shownLocale: Locale };
  }
}

function articleRoutes(
  article: SiteArticle,
  locales: readonly Locale[],
  locale: Locale,
): SiteRoute[] {
  const existing = (l: Locale) => (article.translations[l] ? articleUrl(article, l) : null);
  if (article.translations[locale]) {
    const path = articleUrl(article, locale);
    const switchTo = (l: Locale) =>
      existing(l) ?? (hasFallbackPage(article, l) ? articleUrlOrFallback(article, l) : null);
    return [
      {
        kind: 'article',
        article,
        locale,
        path,
        canonicalPath: path,
        indexable: true,
        alternates: alternatesFor(locales, existing),
        languageSwitch: languageSwitchFor(locale, locales, switchTo),
        lastModified: article.updatedAt,
      },
    ];
  }
  if (!hasFallbackPage(article, locale)) return [];
  return [
    {
      kind: 'articleFallback',
      article,
      shownLocale: defaultLocale,
      locale,
      path: articleUrlOrFallback(article, locale),
      // The French page is the real one: search engines and Pagefind should only see that.
      canonicalPath: articleUrl(article, defaultLocale),
      indexable: false,
      alternates: [],
      languageSwitch: languageSwitchFor(locale, locales, existing),
    },
  ];
}

/** Articles (news, focus, permanent pages), with a Dutch fallback page for French-only ones. */
export const articlesFeature: PortalFeature = {
  name: 'articles',
  kinds: [articleKind],
  segments: (locale) => [articleSegment[locale]],
  routes: ({ entries, locales }, locale) =>
    entries.articles.flatMap((article) => articleRoutes(article, locales, locale)),
  describe: (route) =>
    route.kind === 'article' || route.kind === 'articleFallback'
      ? `article ${route.article.id}${route.kind === 'articleFallback' ? ' (fallback page)' : ''}`
      : undefined,
};
