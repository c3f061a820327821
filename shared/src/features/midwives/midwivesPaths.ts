import {
  brusselsCommunes,
  documentPaths,
  documentSegments,
  kindListPath,
  slugify,
  type Locale,
} from '@portals/content-models';

/** The first URL segment of "find a midwife" in each language. */
export const midwivesSegment: Record<Locale, string> = documentSegments.midwives;

/** The second segment of the filtered lists: by spoken language, by commune. */
export const midwivesFacetSegment = {
  language: { fr: 'langue', nl: 'taal' },
  commune: { fr: 'commune', nl: 'gemeente' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MidwivesFacet = keyof typeof midwivesFacetSegment;

/** `/fr/sages-femmes/`: every midwife, with the filters as links. */
export function midwivesPath(locale: Locale): string {
  return kindListPath('midwives', locale);
}

/** A commune's segment in the page's language: `schaerbeek` in French, `schaarbeek` in Dutch. */
export function communeSlug(commune: string, locale: Locale): string {
  const names = brusselsCommunes.find((item) => item.value === commune);
  return names ? slugify(names[locale]) : slugify(commune);
}

/**
 * `/fr/sages-femmes/langue/ar/`, `/nl/vroedvrouwen/gemeente/schaarbeek/`: the midwives who
 * speak a language (by its ISO 639 code) or cover a commune (by its value).
 */
export function midwivesFacetPath(locale: Locale, facet: MidwivesFacet, value: string): string {
  const slug = facet === 'commune' ? communeSlug(value, locale) : value;
  return `${midwivesPath(locale)}${midwivesFacetSegment[facet][locale]}/${slug}/`;
}

/** `/fr/sages-femmes/{slug}/`: one midwife's page. */
export function midwifePath(locale: Locale, slug: string): string {
  return documentPaths.midwives(locale, slug);
}
