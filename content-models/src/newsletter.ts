import { formPagePath, formThanksPath } from './forms.ts';
import type { Locale } from './locales.ts';

/**
 * The newsletter (issue #12): the CMS answers the sign-up form and the links of its e-mails
 * with a redirect to a page of the portal, and links each e-mail to the edition's web page.
 * Both sides build these paths here.
 */

/**
 * The pages the CMS sends a reader to after following a link of an e-mail. The sign-up itself
 * lands on the form's thank-you page (`formThanksPath('newsletter', …)`), which says to check
 * the mailbox.
 */
export const newsletterResults = ['confirmed', 'unsubscribed', 'invalid'] as const;
export type NewsletterResult = (typeof newsletterResults)[number];

const resultSegment: Record<NewsletterResult, Record<Locale, string>> = {
  confirmed: { fr: 'inscription-confirmee', nl: 'inschrijving-bevestigd' },
  unsubscribed: { fr: 'desinscription', nl: 'uitgeschreven' },
  invalid: { fr: 'lien-invalide', nl: 'ongeldige-link' },
};

const archiveSegment: Record<Locale, string> = { fr: 'archives', nl: 'archief' };

/** `/fr/lettre-d-information/`: the sign-up form. */
export function newsletterPath(locale: Locale): string {
  return formPagePath('newsletter', locale);
}

/** `/fr/lettre-d-information/merci/`: after a sign-up, "check your mailbox". */
export function newsletterPendingPath(locale: Locale): string {
  return formThanksPath('newsletter', locale);
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

/** The kinds of item an edition lists. */
export type NewsletterItemKind = 'news' | 'event';

/**
 * `/fr/articles/{slug}/`, `/fr/agenda/{slug}/`: the portal page an item of an e-mail links to.
 * The kit builds the same paths (`articlePath`, `agendaItemPath`; a unit test holds them
 * together): the CMS, which sends the e-mail, cannot import the kit.
 */
export function newsletterItemPath(kind: NewsletterItemKind, locale: Locale, slug: string): string {
  const segment =
    kind === 'news' ? { fr: 'articles', nl: 'artikels' } : { fr: 'agenda', nl: 'agenda' };
  return `/${locale}/${segment[locale]}/${slug}/`;
}
