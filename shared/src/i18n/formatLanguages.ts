import type { Locale } from '@portals/content-models';
import { cachedIntl } from './cachedIntl.ts';
import { intlLocales } from './formatDate.ts';

/** Results by locale and codes: thousands of organisation pages share a handful of lists. */
const formatted = new Map<string, string>();

/**
 * Language codes as a list of names in the page's language: `['fr', 'nl']` → "français et
 * néerlandais" / "Frans en Nederlands". A code Intl does not know is shown as it is.
 */
export function formatLanguages(codes: readonly string[], locale: Locale): string {
  const key = `${locale}|${codes.join(',')}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const names = cachedIntl(
      `languages:${locale}`,
      () => new Intl.DisplayNames(intlLocales[locale], { type: 'language' }),
    );
    text = cachedIntl(
      `list:${locale}`,
      () => new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }),
    ).format(codes.map((code) => names.of(code) ?? code));
    formatted.set(key, text);
  }
  return text;
}
