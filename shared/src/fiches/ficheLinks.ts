import { localeNames, type Locale } from '@portals/content-models';
import { nameCollator } from '../site/listOrganisations.ts';
import { MissingTranslationError } from '../site/strictLinks.ts';
import type { FicheEntry } from './ficheTypes.ts';

/** Builds a fiche's path from its slug in a language: `/fr/hopitaux/{slug}/`. */
export type FichePath = (locale: Locale, slug: string) => string;

/**
 * The URL of a fiche in a language where it exists. Linking to a missing language fails the
 * build with a message saying how to fix it (strict links, as for articles).
 */
export function ficheUrl(
  entry: FicheEntry,
  locale: Locale,
  pathOf: FichePath,
  noun: string,
): string {
  const translation = entry.translations[locale];
  if (!translation) {
    const known = entry.availableLocales.map((l) => entry.translations[l]?.name).find(Boolean);
    throw new MissingTranslationError(
      `Cannot link to ${noun} ${entry.id} ("${known ?? '(unnamed)'}") in ${localeNames[locale]} (${locale}): ` +
        `it has no ${locale} name and slug (it exists in: ${entry.availableLocales.join(', ')}). ` +
        `Add them in the CMS, or link with ficheListing(), which points to the existing language.`,
    );
  }
  return pathOf(locale, translation.slug);
}

/** A fiche in a list: in the page's language, or in the one language it exists in. */
export interface FicheListItem<Entry extends FicheEntry = FicheEntry> {
  entry: Entry;
  name: string;
  href: string;
  /** The language of the fiche when it is not the page's: the link gets hreflang and lang. */
  otherLang: Locale | null;
}

/**
 * Every fiche as a list on a page in `locale`, by name. A fiche missing in `locale` is still
 * listed, under its name and link in the language it exists in, so a reader learns it exists
 * (a Dutch-only antenna on the French list) without an empty page in their language.
 */
export function ficheListing<Entry extends FicheEntry>(
  entries: readonly Entry[],
  locale: Locale,
  pathOf: FichePath,
): FicheListItem<Entry>[] {
  const items = entries.flatMap((entry): FicheListItem<Entry>[] => {
    const lang = entry.translations[locale] ? locale : entry.availableLocales[0];
    const translation = lang && entry.translations[lang];
    if (!lang || !translation) return [];
    return [
      {
        entry,
        name: translation.name,
        href: pathOf(lang, translation.slug),
        otherLang: lang === locale ? null : lang,
      },
    ];
  });
  const collator = nameCollator(locale);
  return items.sort(
    (a, b) =>
      Number(a.otherLang !== null) - Number(b.otherLang !== null) ||
      collator.compare(a.name, b.name),
  );
}
