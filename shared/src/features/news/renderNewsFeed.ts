import { getRssString } from '@astrojs/rss';
import { t } from '../../i18n/createTranslator.ts';
import { intlLocales } from '../../i18n/formatDate.ts';
import type { RouteOf } from '../../kit/contract.ts';
import type { SiteConfig } from '../../site/defineSiteConfig.ts';
import { newsPath } from './newsPaths.ts';

/** What a file route's renderer needs besides the route: the site and its public address. */
export interface FileRenderContext {
  site: SiteConfig;
  /** The portal's public base URL (Astro's `site`): feed readers need absolute links. */
  siteUrl: URL | string;
}

/**
 * The RSS 2.0 feed of one language's news, written by @astrojs/rss: absolute links, RFC 822
 * dates, the channel's language, and an `atom:link rel="self"` as feed validators ask.
 */
export async function renderNewsFeed(
  route: RouteOf<'newsFeed'>,
  { site, siteUrl }: FileRenderContext,
): Promise<string> {
  const { locale } = route;
  const translate = t(locale, site.ui);
  const portal = site.portal.name[locale];
  const absolute = (path: string) => new URL(path, siteUrl).href;
  return getRssString({
    title: translate('news.feedTitle', { portal }),
    description: translate('news.feedDescription', { portal }),
    // The channel's link is the news list the feed mirrors, not the home page.
    site: absolute(newsPath(locale)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${intlLocales[locale]}</language>` +
      `<atom:link href="${absolute(route.path)}" rel="self" type="application/rss+xml"/>`,
    items: route.items.map((item) => ({
      title: item.title,
      link: absolute(item.href),
      ...(item.summary ? { description: item.summary } : {}),
      ...(item.publishedAt ? { pubDate: new Date(item.publishedAt) } : {}),
    })),
  });
}
