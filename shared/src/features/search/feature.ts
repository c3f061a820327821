import type { PortalFeature } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { searchPath, searchSegment } from '../../site/paths.ts';

declare module '../../kit/contract.ts' {
  interface RouteKinds {
    /** The Pagefind search page of a language: `/fr/search/`, `/nl/zoeken/`. */
    search: object;
  }
}

/** The search page of each language (Pagefind indexes `data-pagefind-body`); every portal has it. */
export const searchFeature: PortalFeature = {
  name: 'search',
  segments: (locale) => [searchSegment[locale]],
  routes: ({ locales }, locale) => [
    {
      kind: 'search',
      locale,
      path: searchPath(locale),
      canonicalPath: searchPath(locale),
      indexable: true,
      alternates: alternatesFor(locales, searchPath),
      languageSwitch: languageSwitchFor(locale, locales, searchPath),
    },
  ],
};
