import {
  formErrorPath,
  formRefusals,
  newsletterPendingPath,
  newsletterResultPath,
  type FormRefusal,
  type Locale,
  type NewsletterResult,
} from '@portals/content-models';

export {
  newsletterArchivePath,
  newsletterEditionPath,
  newsletterPath,
} from '@portals/content-models';

/**
 * The static pages a reader lands on from the CMS: after signing up (`pending`), after a
 * link of an e-mail, and after a refused post (one page per reason of the forms' guard).
 */
export type NewsletterOutcome = 'pending' | NewsletterResult | `refused-${FormRefusal}`;

export const newsletterOutcomes: readonly NewsletterOutcome[] = [
  'pending',
  'confirmed',
  'unsubscribed',
  'invalid',
  ...formRefusals.map((reason) => `refused-${reason}` as const),
];

/** Where each outcome page is, as the CMS redirects to it. */
export function newsletterOutcomePath(locale: Locale, outcome: NewsletterOutcome): string {
  if (outcome === 'pending') return newsletterPendingPath(locale);
  if (outcome.startsWith('refused-')) {
    return formErrorPath('newsletter', locale, outcome.slice('refused-'.length) as FormRefusal);
  }
  return newsletterResultPath(locale, outcome as NewsletterResult);
}
