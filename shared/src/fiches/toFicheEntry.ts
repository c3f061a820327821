import { locales, type Locale } from '@portals/content-models';
import { textIn } from '@portals/shared/cms';
import type { ContactDoc, FicheSectionDoc } from './ficheDocSchema.ts';
import type { FicheEntry, FicheTranslation } from './ficheTypes.ts';
import { toFicheContact } from './toFicheContact.ts';
import { toFicheSections } from './toFicheSections.ts';

/** The parts of a validated fiche document the shared mapping reads. */
export type FicheDoc<Key extends string> = ContactDoc &
  Partial<Record<Key, FicheSectionDoc>> & {
    id: string;
    name: Partial<Record<Locale, string | null>>;
    slug: Partial<Record<Locale, string | null>>;
    updatedAt: string;
    isDemo: boolean;
  };

export interface FicheMapping<Key extends string> {
  /** "hospital", "mutuality": names the document in build warnings. */
  noun: string;
  /** Section keys in the fixed order the portals show them. */
  keys: readonly Key[];
  onWarning(message: string): void;
}

/** A fiche exists in a locale when both its name and its slug are non-empty there. */
export function ficheLocales(doc: Pick<FicheDoc<string>, 'name' | 'slug'>): Locale[] {
  return locales.filter((locale) => textIn(doc.name, locale) && textIn(doc.slug, locale));
}

/**
 * The language-independent part of a fiche entry and one translation per existing language:
 * name, slug, contact row, the non-empty sections in fixed order and those left untranslated.
 * Null for a fiche that exists in no language.
 */
export function toFicheEntry<Key extends string>(
  doc: FicheDoc<Key>,
  mapping: FicheMapping<Key>,
): FicheEntry<Key> | null {
  const availableLocales = ficheLocales(doc);
  if (availableLocales.length === 0) {
    mapping.onWarning(`${mapping.noun} ${doc.id} has no name and slug in any language: skipped`);
    return null;
  }
  const sections: Partial<Record<Key, FicheSectionDoc>> = doc;
  const sectionsIn = (locale: Locale) =>
    toFicheSections(
      {
        keys: mapping.keys,
        sections,
        updatedAt: doc.updatedAt,
        onWarning: (message) =>
          mapping.onWarning(`${mapping.noun} ${doc.id} (${locale}) ${message}`),
      },
      locale,
    );
  // Every language's sections, the missing ones included, to tell which are untranslated.
  const byLocale = new Map(locales.map((locale) => [locale, sectionsIn(locale)]));
  const translations: Partial<Record<Locale, FicheTranslation<Key>>> = {};
  for (const locale of availableLocales) {
    const own = byLocale.get(locale) ?? [];
    const elsewhere = new Set(
      locales.filter((l) => l !== locale).flatMap((l) => (byLocale.get(l) ?? []).map((s) => s.key)),
    );
    for (const section of own) elsewhere.delete(section.key);
    translations[locale] = {
      name: textIn(doc.name, locale),
      slug: textIn(doc.slug, locale),
      ...toFicheContact(doc, locale),
      sections: own,
      untranslated: mapping.keys.filter((key) => elsewhere.has(key)),
    };
  }
  return {
    id: doc.id,
    updatedAt: doc.updatedAt,
    isDemo: doc.isDemo,
    availableLocales,
    translations,
  };
}
