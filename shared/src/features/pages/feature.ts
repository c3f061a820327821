import type { Locale } from '@portals/content-models';
import type { PortalFeature, RouteBase, SiteRoute } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import {
  footerPagePath,
  footerPages,
  pagesSegments,
  siteMapPath,
  type FooterPage,
} from './pagePaths.ts';

declare module '../../kit/contract.ts' {
  interface RouteKinds {
    /** A page written in MDX in the repository: accessibility statement, privacy, contact. */
    footerPage: { page: FooterPage };
    /** The HTML site map, built from the route table. */
    siteMap: object;
  }
}

/** The route of a page that exists in every portal language, at `pathIn(locale)`. */
function everywhere(
  locales: readonly Locale[],
  locale: Locale,
  pathIn: (locale: Locale) => string,
): RouteBase {
  const path = pathIn(locale);
  return {
    locale,
    path,
    canonicalPath: path,
    indexable: true,
    alternates: alternatesFor(locales, pathIn),
    languageSwitch: languageSwitchFor(locale, locales, pathIn),
  };
}

/**
 * The pages every portal has in its footer: accessibility statement, privacy and contact,
 * written in MDX (`content/{locale}/{page}.mdx`) with the portal's publisher filled in, and
 * the site map, generated. Each exists in every portal language, so each is its own alternate.
 */
export const pagesFeature: PortalFeature = {
  name: 'pages',
  segments: pagesSegments,
  routes: ({ locales }, locale): SiteRoute[] => [
    ...footerPages.map((page): SiteRoute => ({
      kind: 'footerPage',
      page,
      ...everywhere(locales, locale, (l) => footerPagePath(page, l)),
    })),
    { kind: 'siteMap', ...everywhere(locales, locale, siteMapPath) },
  ],
  describe: (route) => {
    if (route.kind === 'footerPage') return `footer page "${route.page}"`;
    if (route.kind === 'siteMap') return 'site map';
    return undefined;
  },
};
