import type { Locale } from '@portals/content-models';
import type { RouteContext, RouteOf } from '../../kit/contract.ts';
import { listArticles, type ArticleListItem } from '../../site/listArticles.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { newsFeedPath, newsPath, newsPerPage } from './newsPaths.ts';
import { paginate } from './paginate.ts';

/** Where a list page sits among the others. */
export interface NewsPagination {
  /** 1 for the first page. */
  page: number;
  pageCount: number;
  prevPath: string | null;
  nextPath: string | null;
}

/** The news items of a language, newest first, French-only ones included in Dutch (fallback pages). */
export function newsItems(context: RouteContext, locale: Locale): ArticleListItem[] {
  return listArticles(context.entries.articles, locale, { kind: 'news' });
}

/**
 * The news list of `locale` in pages of ten, and its RSS feed. A language without any news
 * gets neither, so no menu entry leads to an empty page. The feed holds only the items
 * written in the feed's language: a reader subscribed in Dutch gets Dutch articles.
 */
export function newsRoutes(
  context: RouteContext,
  locale: Locale,
): (RouteOf<'newsPage'> | RouteOf<'newsFeed'>)[] {
  const { locales } = context;
  const items = newsItems(context, locale);
  if (items.length === 0) return [];
  // Pages per language: 0 where there is no news, so no alternate points there.
  const pageCounts = new Map(
    locales.map((l) => [l, Math.ceil(newsItems(context, l).length / newsPerPage)]),
  );
  const pages = paginate(items, newsPerPage);
  const feedPath = newsFeedPath(locale);
  const pageRoutes = pages.map((pageItems, index): RouteOf<'newsPage'> => {
    const page = index + 1;
    const pathIn = (l: Locale) => (page <= (pageCounts.get(l) ?? 0) ? newsPath(l, page) : null);
    // The list of another language may be shorter: its switch then leads to its first page.
    const switchTo = (l: Locale) => pathIn(l) ?? (pageCounts.get(l) ? newsPath(l) : null);
    return {
      kind: 'newsPage',
      locale,
      path: newsPath(locale, page),
      canonicalPath: newsPath(locale, page),
      indexable: true,
      alternates: alternatesFor(locales, pathIn),
      languageSwitch: languageSwitchFor(locale, locales, switchTo),
      items: pageItems,
      pagination: {
        page,
        pageCount: pages.length,
        prevPath: page > 1 ? newsPath(locale, page - 1) : null,
        nextPath: page < pages.length ? newsPath(locale, page + 1) : null,
      },
      feedPath,
    };
  });
  const feed: RouteOf<'newsFeed'> = {
    kind: 'newsFeed',
    locale,
    path: feedPath,
    canonicalPath: feedPath,
    // A feed is not a page: out of the sitemap and of hreflang.
    indexable: false,
    alternates: [],
    languageSwitch: [],
    file: { contentType: 'application/xml; charset=utf-8' },
    items: items.filter((item) => !item.inOtherLanguage),
  };
  return [...pageRoutes, feed];
}
