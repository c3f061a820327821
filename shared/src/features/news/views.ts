import type { SiteConfig } from '../../site/defineSiteConfig.ts';
import type { RouteOf } from '../../kit/contract.ts';
import NewsPage from './NewsPage.astro';
import { renderNewsFeed } from './renderNewsFeed.ts';

/** The views of the news's route kinds, found by the kit. */
export const views = { newsPage: NewsPage };

/**
 * The file routes' bodies: the RSS feed. Feed readers need absolute links, so the kit's file
 * endpoint passes the portal's public address (`context.site`) as `siteUrl`.
 */
export const files = {
  newsFeed: (input: { site: SiteConfig; route: RouteOf<'newsFeed'>; siteUrl: URL | string }) =>
    renderNewsFeed(input.route, input),
};
