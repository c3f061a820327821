import {
  documentPaths,
  documentSegments,
  kindListPath,
  slugify,
  type Locale,
} from '@portals/content-models';
import { hospitalSections, type HospitalSection } from '@portals/content-models/collections';

/** The hospitals' first URL segment in each language. */
export const hospitalSegment: Record<Locale, string> = documentSegments.hospitals;

/** Under it, the pages that compare one section across hospitals. */
export const bySectionSegment: Record<Locale, string> = { fr: 'par-service', nl: 'per-dienst' };

/** The section keys in the fixed order of the fiche. */
export const hospitalSectionKeys = Object.keys(hospitalSections) as [
  HospitalSection,
  ...HospitalSection[],
];

/**
 * The sections compared across hospitals: the services a parent looks for. The description and
 * the access are about the hospital as a whole; its fiche is the place for them.
 */
export const comparedSections: readonly HospitalSection[] = hospitalSectionKeys.filter(
  (key) => key !== 'description' && key !== 'access',
);

/** `maternite` / `materniteit`: a section's in-page anchor and its comparison page's slug. */
export function hospitalSectionSlug(key: HospitalSection, locale: Locale): string {
  return slugify(hospitalSections[key][locale]);
}

/** `/fr/hopitaux/`: the list of hospitals. */
export function hospitalListPath(locale: Locale): string {
  return kindListPath('hospitals', locale);
}

/** `/fr/hopitaux/{slug}/`. Takes a slug known to exist: see `hospitalUrl` for checked links. */
export function hospitalPath(locale: Locale, slug: string): string {
  return documentPaths.hospitals(locale, slug);
}

/** `/fr/hopitaux/par-service/`: the hub of the comparison pages. */
export function hospitalSectionHubPath(locale: Locale): string {
  return `${hospitalListPath(locale)}${bySectionSegment[locale]}/`;
}

/** `/fr/hopitaux/par-service/maternite/`: one section across hospitals. */
export function hospitalSectionPath(locale: Locale, key: HospitalSection): string {
  return `${hospitalSectionHubPath(locale)}${hospitalSectionSlug(key, locale)}/`;
}
