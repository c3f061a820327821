import type { PortalFeature } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { homePath } from '../../site/paths.ts';

declare module '../../kit/contract.ts' {
  interface RouteKinds {
    /** A language's home page, `/fr/`. */
    home: object;
  }
}

/** The home page of each language; every portal has it. */
export const homeFeature: PortalFeature = {
  name: 'home',
  routes: ({ locales }, locale) => [
    {
      kind: 'home',
      locale,
      path: homePath(locale),
      canonicalPath: homePath(locale),
      indexable: true,
      alternates: alternatesFor(locales, homePath),
      languageSwitch: languageSwitchFor(locale, locales, homePath),
      // The home pages' x-default is the bilingual language chooser at the root.
      xDefault: '/',
    },
  ],
};
