import { t } from '../../i18n/createTranslator.ts';
import type { PortalFeature, SiteRoute } from '../../kit/contract.ts';
import type { SiteArticle } from '@portals/shared/cms';
import type { ArticleListItem } from '../../site/listArticles.ts';
import { newsPath, newsSegment } from './newsPaths.ts';
import { newsItems, newsRoutes, type NewsPagination } from './newsRoutes.ts';
import { renderNewsFeed, type FileRenderContext } from './renderNewsFeed.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    // Registered by the articles kind as well; the news list reads it, it does not load it.
    articles: SiteArticle;
  }
  interface RouteKinds {
    /** One page of the news list. */
    newsPage: { items: ArticleListItem[]; pagination: NewsPagination; feedPath: string };
    /** The RSS feed of one language's news (`/fr/actualites/rss.xml`). */
    newsFeed: { items: ArticleListItem[] };
  }
}

/**
 * The news: the portal's articles of kind `news`, listed ten per page per language
 * (`/fr/actualites/`, `/fr/actualites/2/`…) with an RSS feed each. It loads no collection of
 * its own. `render` writes the file routes (the feed) for the kit's file endpoint.
 */
export const newsFeature = {
  name: 'news',
  segments: (locale) => [newsSegment[locale]],
  routes: newsRoutes,
  entryPoints(context, locale, ui) {
    if (newsItems(context, locale).length === 0) return [];
    const translate = t(locale, ui);
    return [
      {
        title: translate('news.title'),
        href: newsPath(locale),
        description: translate('news.entryPoint'),
      },
    ];
  },
  describe: (route) =>
    route.kind === 'newsPage'
      ? `news page ${route.pagination.page} (${route.locale})`
      : route.kind === 'newsFeed'
        ? `news feed (${route.locale})`
        : undefined,
  /** The body of a file route of this feature; undefined for a route it does not own. */
  async render(route: SiteRoute, context: FileRenderContext): Promise<string | undefined> {
    return route.kind === 'newsFeed' ? renderNewsFeed(route, context) : undefined;
  },
} satisfies PortalFeature & {
  render(route: SiteRoute, context: FileRenderContext): Promise<string | undefined>;
};
