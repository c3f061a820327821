import type { Locale } from '@portals/content-models';

/** The public host per language: the same data, served in the reader's language. */
const hosts: Record<Locale, string> = {
  fr: 'https://social.brussels',
  nl: 'https://sociaal.brussels',
};

/** The organisation's page on Bruxelles Social / Sociaal Brussel. @default locale 'fr' */
export function organisationPageUrl(id: number, locale: Locale = 'fr'): string {
  return `${hosts[locale]}/organisation/${id}`;
}

/** Bruxelles Social's home page in the reader's language, for credits on list pages. */
export function directoryHomeUrl(locale: Locale = 'fr'): string {
  return `${hosts[locale]}/`;
}
