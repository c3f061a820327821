import type { Locale } from './locales.ts';

/**
 * The newsletter (issue #12): the CMS answers the sign-up form and the links of its e-mails
 * with a redirect to a page of the portal, and links each e-mail to the edition's web page.
 * Both sides build these paths here.
 */

/** The URL segment of the newsletter page, in each language. */
export const newsletterSegment: Record<Locale, string> = {
  fr: 'lettre-d-information',
  nl: 'nieuwsbrief',
};

/** The pages the CMS sends a reader to after a sign-up, a confirmation or an unsubscription. */
export const newsletterResults = ['pending', 'confirmed', 'unsubscribed', 'invalid'] as const;
export type NewsletterResult = (typeof newsletterResults)[number];

const resultSegment: Record<NewsletterResult, Record<Locale, string>> = {
  pending: { fr: 'a-confirmer', nl: 'te-bevestigen' },
  confirmed: { fr: 'inscription-confirmee', nl: 'inschrijving-bevestigd' },
  unsubscribed: { fr: 'desinscription', nl: 'uitgeschreven' },
  invalid: { fr: 'lien-invalide', nl: 'ongeldige-link' },
};

const archiveSegment: Record<Locale, string> = { fr: 'archives', nl: 'archief' };

/** `/fr/lettre-d-information/`: the sign-up form. */
export function newsletterPath(locale: Locale): string {
  return `/${locale}/${newsletterSegment[locale]}/`;
}

/** `/fr/lettre-d-information/inscription-confirmee/`: one result page. */
export function newsletterResultPath(locale: Locale, result: NewsletterResult): string {
  return `${newsletterPath(locale)}${resultSegment[result][locale]}/`;
}

/** `/fr/lettre-d-information/archives/`: the sent editions. */
export function newsletterArchivePath(locale: Locale): string {
  return `${newsletterPath(locale)}${archiveSegment[locale]}/`;
}

/** `/fr/lettre-d-information/archives/2026-11/`: one sent edition as a web page. */
export function newsletterEditionPath(locale: Locale, period: string): string {
  return `${newsletterArchivePath(locale)}${period}/`;
}

/** An edition's period: the month it covers, `YYYY-MM`. */
export const newsletterPeriodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `SITE_URL_HOSPICHILD`…: the variable holding a portal's public address (see scripts/lib). */
export function siteUrlVariable(portalId: string): string {
  return `SITE_URL_${portalId.toUpperCase().replace(/-/g, '_')}`;
}
