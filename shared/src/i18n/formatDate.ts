import type { Locale } from '@portals/content-models';
import { cachedIntl } from './cachedIntl.ts';

/** The portals publish for Belgium: dates read as they would on a Brussels wall clock. */
export const siteTimeZone = 'Europe/Brussels';

/** BCP 47 tags with the Belgian region, so formats follow Belgian conventions. */
export const intlLocales: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE' };

/**
 * Formats a date for display in the page's language, in Brussels time.
 * @default options `{ dateStyle: 'long' }`, e.g. "1 avril 2024" / "1 april 2024".
 */
export function formatDate(
  date: Date | string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) {
    throw new Error(`formatDate received an invalid date: ${String(date)}`);
  }
  const formatter = cachedIntl(
    `date:${locale}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(intlLocales[locale], { ...options, timeZone: siteTimeZone }),
  );
  return formatter.format(value);
}
