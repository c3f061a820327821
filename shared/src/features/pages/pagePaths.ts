import type { Locale } from '@portals/content-models';

/** The pages every portal has (MDX), one file per language under `content/{locale}/`. */
export const footerPages = ['accessibility', 'privacy', 'contact', 'terms'] as const;

/** Pages a portal shows only through a feature of its own (the newsletter's sign-up form). */
export const optionalPages = ['newsletter'] as const;

export type FooterPage = (typeof footerPages)[number] | (typeof optionalPages)[number];

/** The URL segment of each footer page, in each language. */
export const footerPageSegment: Record<FooterPage, Record<Locale, string>> = {
  accessibility: { fr: 'accessibilite', nl: 'toegankelijkheid' },
  privacy: { fr: 'vie-privee', nl: 'privacy' },
  contact: { fr: 'contact', nl: 'contact' },
  terms: { fr: 'conditions-d-utilisation', nl: 'gebruiksvoorwaarden' },
  newsletter: { fr: 'lettre-d-information', nl: 'nieuwsbrief' },
};

/** The URL segment of the site map page (the HTML one; `/sitemap.xml` is for robots). */
export const siteMapSegment: Record<Locale, string> = { fr: 'plan-du-site', nl: 'sitemap' };

/** `/fr/accessibilite/`, `/nl/privacy/`…: a footer page in one language. */
export function footerPagePath(page: FooterPage, locale: Locale): string {
  return `/${locale}/${footerPageSegment[page][locale]}/`;
}

/** `/fr/plan-du-site/`, `/nl/sitemap/`. */
export function siteMapPath(locale: Locale): string {
  return `/${locale}/${siteMapSegment[locale]}/`;
}

/** Every first segment the feature takes in a language: no section slug may use them. */
export function pagesSegments(locale: Locale): string[] {
  return [...footerPages.map((page) => footerPageSegment[page][locale]), siteMapSegment[locale]];
}
