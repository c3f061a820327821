import { slugify, type Locale } from '@portals/content-models';
import type { Bilingual, Organisation, OrganisationCategory } from '../open-data/Organisation.ts';

/** The URL segment of the directory of organisations, in each language. */
export const directorySegment: Record<Locale, string> = { fr: 'associations', nl: 'verenigingen' };

/** The segments of the directory's filter pages, under the directory segment. */
export const directoryFacetSegment = {
  commune: { fr: 'commune', nl: 'gemeente' },
  category: { fr: 'categorie', nl: 'categorie' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A filter of the directory; each one gets a pre-rendered page, so filtering needs no script. */
export type DirectoryFilter =
  | { facet: 'commune'; zipCode: number; municipality: Bilingual<string> }
  | { facet: 'category'; category: OrganisationCategory };

/** Organisation names can be long; a slug only needs to be readable, the id makes it unique. */
const slugLength = 60;

/** `13219-coordination-de-l-action-sociale-de-schaerbeek`: the id first, so renames keep it unique. */
export function idSlug(id: number, text: string): string {
  let slug = slugify(text);
  if (slug.length > slugLength) {
    const wordEnd = slug.lastIndexOf('-', slugLength);
    slug = slug.slice(0, wordEnd > 0 ? wordEnd : slugLength);
  }
  return slug ? `${id}-${slug}` : String(id);
}

/** `/fr/associations/`: the directory's list page. */
export function directoryPath(locale: Locale): string {
  return `/${locale}/${directorySegment[locale]}/`;
}

/** `/nl/verenigingen/13219-coordinatie-van-de-schaarbeekse-sociale-actie/` */
export function organisationPath(locale: Locale, org: Pick<Organisation, 'id' | 'name'>): string {
  return `${directoryPath(locale)}${idSlug(org.id, org.name[locale])}/`;
}

/** `/fr/associations/commune/1030-schaerbeek/` or `/fr/associations/categorie/273-soins-…/` */
export function filterPath(locale: Locale, filter: DirectoryFilter): string {
  const value =
    filter.facet === 'commune'
      ? idSlug(filter.zipCode, filter.municipality[locale])
      : idSlug(filter.category.id, filter.category.label[locale]);
  return `${directoryPath(locale)}${directoryFacetSegment[filter.facet][locale]}/${value}/`;
}

/** What a filter is called on its page and in links: "1030 SCHAERBEEK", a category's label. */
export function filterLabel(filter: DirectoryFilter, locale: Locale): string {
  return filter.facet === 'commune'
    ? `${filter.zipCode} ${filter.municipality[locale]}`
    : filter.category.label[locale];
}
