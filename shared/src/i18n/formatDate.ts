import type { Locale } from '@portals/content-models';
import { cachedIntl } from './cachedIntl.ts';

/** The portals publish for Belgium: dates read as they would on a Brussels wall clock. */
export const siteTimeZone = 'Europe/Brussels';

/** BCP 47 tags with the Belgian region, so formats follow Belgian conventions. */
export const intlLocales: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE' };

/** Default-format results by locale and ISO string: a page per organisation repeats the same dates. */
const formatted = new Map<string, string>();

/**
 * Formats a date for display in the page's language, in Brussels time.
 * @default options `{ dateStyle: 'long' }`, e.g. "1 avril 2024" / "1 april 2024".
 */
export function formatDate(
  date: Date | string,
  locale: Locale,
  options?: Intl.DateTimeFormatOptions,
): string {
  const memoKey = !options && typeof date === 'string' ? `${locale}|${date}` : null;
  const known = memoKey && formatted.get(memoKey);
  if (known) return known;
  const value = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) {
    throw new Error(`formatDate received an invalid date: ${String(date)}`);
  }
  // Most calls use the default: its key is a constant, not a JSON string made per call.
  const formatter = cachedIntl(
    options ? `date:${locale}:${JSON.stringify(options)}` : `date:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlLocales[locale], {
        ...(options ?? { dateStyle: 'long' }),
        timeZone: siteTimeZone,
      }),
  );
  const text = formatter.format(value);
  if (memoKey) formatted.set(memoKey, text);
  return text;
}
