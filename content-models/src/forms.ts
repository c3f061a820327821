import type { Locale } from './locales.ts';

/**
 * Public forms (issue #12): a portal's static page posts to a CMS endpoint, which answers a
 * form without JavaScript with a 303 to the portal's thank-you or error page. Both sides
 * build those pages' paths here, so the CMS never takes a URL from the request.
 */

/** The forms a portal may carry; each has a page, a thank-you page and error pages. */
export const formKinds = ['contact', 'question', 'newsletter'] as const;
export type FormKind = (typeof formKinds)[number];

/** Why a form was refused, as the error page of that reason says it. */
export const formRefusals = ['invalid', 'too-fast', 'rate-limited', 'too-large'] as const;
export type FormRefusal = (typeof formRefusals)[number];

/** The URL segment of each form's page, in each language. */
export const formSegment: Record<FormKind, Record<Locale, string>> = {
  contact: { fr: 'contact', nl: 'contact' },
  question: { fr: 'poser-une-question', nl: 'een-vraag-stellen' },
  newsletter: { fr: 'lettre-d-information', nl: 'nieuwsbrief' },
};

const thanksSegment: Record<Locale, string> = { fr: 'merci', nl: 'bedankt' };
const errorSegment: Record<Locale, string> = { fr: 'erreur', nl: 'fout' };

/** Names of the fields every form carries besides its own. */
export const formControlFields = {
  /** The portal id, a hidden field. */
  portal: 'portal',
  /** The page's language, a hidden field. */
  locale: 'locale',
  /** The honeypot: hidden from people, filled by naive robots. */
  honeypot: 'website',
  /** Milliseconds since 1970 when the page was shown (a script sets it; the build's time else). */
  started: 'started',
} as const;

/** `/fr/contact/`: the form's page. */
export function formPagePath(form: FormKind, locale: Locale): string {
  return `/${locale}/${formSegment[form][locale]}/`;
}

/** `/fr/contact/merci/`: where an accepted post lands. */
export function formThanksPath(form: FormKind, locale: Locale): string {
  return `${formPagePath(form, locale)}${thanksSegment[locale]}/`;
}

/** `/nl/contact/fout/too-fast/`: where a refused post lands, one static page per reason. */
export function formErrorPath(form: FormKind, locale: Locale, reason: FormRefusal): string {
  return `${formPagePath(form, locale)}${errorSegment[locale]}/${reason}/`;
}

/** `/api/forms/contact`: the CMS endpoint a form posts to. */
export function formApiPath(form: FormKind): string {
  return form === 'newsletter' ? '/api/newsletter/subscribe' : `/api/forms/${form}`;
}
