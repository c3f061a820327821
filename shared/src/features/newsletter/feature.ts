import type { Locale } from '@portals/content-models';
import type { PortalFeature } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { localeRouteBase } from '../../site/localeRouteBase.ts';
import { footerPageSegment } from '../pages/pagePaths.ts';
import { newsletterEditionKind, type SiteEdition } from './newsletterEditionKind.ts';
import {
  newsletterArchivePath,
  newsletterEditionPath,
  newsletterOutcomePath,
  newsletterOutcomes,
  newsletterPath,
  type NewsletterOutcome,
} from './newsletterPaths.ts';

export { newsletterPath } from './newsletterPaths.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    newsletterEditions: SiteEdition;
  }
  interface RouteKinds {
    /** The sign-up form of one language, linking to the archive when it has editions. */
    newsletterSignup: { hasArchive: boolean };
    /** A page the CMS sends a reader to (sign-up sent, confirmed, unsubscribed, refused). */
    newsletterOutcome: { outcome: NewsletterOutcome };
    /** The sent editions of one language, newest first. */
    newsletterArchive: { editions: SiteEdition[] };
    /** One sent edition as a web page. */
    newsletterEdition: { edition: SiteEdition };
  }
}

const newestFirst = (a: SiteEdition, b: SiteEdition) => b.period.localeCompare(a.period);

/**
 * The newsletter (issue #12): the sign-up form (posted to the CMS, which answers with a
 * redirect to one of the outcome pages, so it works without JavaScript), the pages a reader
 * lands on, and the archive of the editions sent in each language. Not in the menu: the home
 * page and the footer link to the form.
 */
export const newsletterFeature = {
  name: 'newsletter',
  kinds: [newsletterEditionKind],
  segments: (locale: Locale) => [footerPageSegment.newsletter[locale]],
  routes({ locales, entries }, locale) {
    const editions = entries.newsletterEditions
      .filter((edition) => edition.locale === locale)
      .sort(newestFirst);
    const hasArchive = editions.length > 0;
    const private_ = (path: string) => ({
      locale,
      path,
      canonicalPath: path,
      indexable: false,
      alternates: [],
      languageSwitch: [],
    });
    return [
      {
        kind: 'newsletterSignup',
        hasArchive,
        locale,
        path: newsletterPath(locale),
        canonicalPath: newsletterPath(locale),
        indexable: true,
        alternates: alternatesFor(locales, newsletterPath),
        languageSwitch: languageSwitchFor(locale, locales, newsletterPath),
      },
      ...newsletterOutcomes.map((outcome) => ({
        kind: 'newsletterOutcome' as const,
        outcome,
        ...private_(newsletterOutcomePath(locale, outcome)),
      })),
      ...(hasArchive
        ? [
            {
              kind: 'newsletterArchive' as const,
              editions,
              ...localeRouteBase(locales, locale, newsletterArchivePath, (l) =>
                entries.newsletterEditions.some((edition) => edition.locale === l),
              ),
            },
          ]
        : []),
      ...editions.map((edition) => {
        const path = newsletterEditionPath(locale, edition.period);
        return {
          kind: 'newsletterEdition' as const,
          edition,
          locale,
          path,
          canonicalPath: path,
          indexable: true,
          alternates: [{ locale, path }],
          languageSwitch: [],
          lastModified: edition.updatedAt,
        };
      }),
    ];
  },
  describe: (route) =>
    route.kind === 'newsletterEdition' ? `newsletter edition ${route.edition.id}` : undefined,
} satisfies PortalFeature;
