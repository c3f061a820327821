import type { PortalFeature } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { footerPagePath, footerPageSegment } from '../pages/pagePaths.ts';

/** `/fr/lettre-d-information/`, `/nl/nieuwsbrief/`: how to subscribe to the newsletter. */
export const newsletterPath = (locale: Parameters<typeof footerPagePath>[1]) =>
  footerPagePath('newsletter', locale);

/**
 * The newsletter page: until the sign-up form exists (a later issue), a page written in MDX
 * (`pages/content/{locale}/newsletter.mdx`) that says how to subscribe. Rendered by the pages
 * feature's view, as the other repository pages; not in the menu (the home page links to it).
 */
export const newsletterFeature: PortalFeature = {
  name: 'newsletter',
  segments: (locale) => [footerPageSegment.newsletter[locale]],
  routes: ({ locales }, locale) => [
    {
      kind: 'footerPage',
      page: 'newsletter',
      locale,
      path: newsletterPath(locale),
      canonicalPath: newsletterPath(locale),
      indexable: true,
      alternates: alternatesFor(locales, newsletterPath),
      languageSwitch: languageSwitchFor(locale, locales, newsletterPath),
    },
  ],
};
