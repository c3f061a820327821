import FooterPageView from './FooterPageView.astro';
import SiteMapView from './SiteMapView.astro';

/**
 * The views of the pages feature, by route kind. Each takes `{ site, data, route }`;
 * the site map also takes `entryPoints`: every feature's entry points in the route's language.
 */
export const views = {
  footerPage: FooterPageView,
  siteMap: SiteMapView,
} as const;
