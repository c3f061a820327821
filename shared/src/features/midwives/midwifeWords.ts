import { brusselsCommunes, spokenLanguages, type Locale } from '@portals/content-models';
import { midwifeSpecialities } from '@portals/content-models/collections';
import { cachedIntl } from '../../i18n/cachedIntl.ts';
import { intlLocales } from '../../i18n/formatDate.ts';

/**
 * A spoken language as a word in the reader's language: `ar` → « arabe » / "Arabisch". The
 * CMS's own list names every code it offers (Intl does not know `ber`, Berber); French writes
 * language names in lower case, Dutch capitalises them. An unknown code falls back to Intl.
 */
export function languageName(code: string, locale: Locale): string {
  const known = spokenLanguages.find((item) => item.value === code);
  if (!known) {
    const names = cachedIntl(
      `languages:${locale}`,
      () => new Intl.DisplayNames(intlLocales[locale], { type: 'language' }),
    );
    return names.of(code) ?? code;
  }
  return locale === 'fr' ? known.fr.toLocaleLowerCase('fr') : known[locale];
}

/** Codes as one phrase: `['fr', 'ar']` → « français et arabe » / "Frans en Arabisch". */
export function languageList(codes: readonly string[], locale: Locale): string {
  return listFormat(locale).format(codes.map((code) => languageName(code, locale)));
}

/** A commune's name in the reader's language (`schaerbeek` → "Schaarbeek" in Dutch). */
export function communeName(commune: string, locale: Locale): string {
  return brusselsCommunes.find((item) => item.value === commune)?.[locale] ?? commune;
}

/** Communes as one phrase, in the reader's language. */
export function communeList(communes: readonly string[], locale: Locale): string {
  return listFormat(locale).format(communes.map((commune) => communeName(commune, locale)));
}

/** A speciality's label in the reader's language; an unknown key is shown as it is. */
export function specialityName(key: string, locale: Locale): string {
  const labels = midwifeSpecialities as Record<string, Record<Locale, string> | undefined>;
  return labels[key]?.[locale] ?? key;
}

function listFormat(locale: Locale): Intl.ListFormat {
  return cachedIntl(
    `list:${locale}`,
    () => new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }),
  );
}
