import { slugify, type Locale } from '@portals/content-models';
import type { FichePath } from './ficheLinks.ts';
import type { FicheEntry } from './ficheTypes.ts';

type Labels<Key extends string> = Record<Key, Record<Locale, string>>;

/** Sections of a fiche written only in another language, linked to that language's fiche. */
export interface UntranslatedLinks {
  lang: Locale;
  links: { label: string; href: string }[];
}

/** `maternite`: a section's in-page anchor, from its label in the fiche's language. */
export function sectionAnchor<Key extends string>(
  labels: Labels<Key>,
  key: Key,
  locale: Locale,
): string {
  return slugify(labels[key][locale]);
}

/**
 * The sections missing from the fiche in `locale` but written in another language, grouped by
 * that language: a missing translation is shown, with the way to the text, not hidden.
 */
export function untranslatedLinks<Key extends string>(
  entry: FicheEntry<Key>,
  locale: Locale,
  pathOf: FichePath,
  labels: Labels<Key>,
): UntranslatedLinks[] {
  const missing = entry.translations[locale]?.untranslated ?? [];
  const groups = new Map<Locale, UntranslatedLinks>();
  for (const key of missing) {
    const lang = entry.availableLocales.find(
      (l) => l !== locale && entry.translations[l]?.sections.some((s) => s.key === key),
    );
    const translation = lang && entry.translations[lang];
    if (!lang || !translation) continue;
    const group = groups.get(lang) ?? { lang, links: [] };
    group.links.push({
      // Named in the page's language: the reader looks for "Pédopsychiatrie".
      label: labels[key][locale],
      href: `${pathOf(lang, translation.slug)}#${sectionAnchor(labels, key, lang)}`,
    });
    groups.set(lang, group);
  }
  return [...groups.values()];
}
