import type { Locale } from '@portals/content-models';
import type { SiteRoute } from '../kit/contract.ts';
import { xDefaultOf, type PageLink } from './pageLinks.ts';

/** What the base layout needs to know about a page besides its title and content. */
export interface PageHead {
  locale: Locale;
  /** The page's own path, to mark the current navigation link. */
  currentPath: string;
  canonicalPath: string;
  alternates: PageLink[];
  xDefault?: string;
  languageSwitch: PageLink[];
  noindex: boolean;
}

/** The head and language-switch data of a route, ready to spread on `BaseLayout`. */
export function pageHead(route: SiteRoute): PageHead {
  return {
    locale: route.locale,
    currentPath: route.path,
    canonicalPath: route.canonicalPath,
    alternates: route.alternates,
    xDefault: route.xDefault ?? xDefaultOf(route.alternates),
    languageSwitch: route.languageSwitch,
    noindex: !route.indexable,
  };
}
