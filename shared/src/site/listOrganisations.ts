import type { Locale } from '@portals/content-models';
import { cachedIntl } from '../i18n/cachedIntl.ts';
import { intlLocales } from '../i18n/formatDate.ts';
import type { DirectoryEntry } from '../open-data/directoryEntrySchema.ts';
import type { Organisation } from '../open-data/Organisation.ts';
import {
  filterLabel,
  filterPath,
  organisationPath,
  type DirectoryFilter,
} from './directoryPaths.ts';
import { localText, shortText, type LocalText } from './organisationText.ts';

/** One line of the directory's list, ready to render. */
export interface OrganisationListItem {
  id: number;
  href: string;
  name: string;
  /** "1030 SCHAERBEEK"; null for an organisation without an address. */
  commune: string | null;
  /** The first line of the mission, else of the activities. */
  summary: LocalText | null;
  categories: { label: string; href: string }[];
  isSynthetic: boolean;
}

/** A filter with its link and how many organisations it keeps, for the filter menus. */
export interface FilterLink {
  filter: DirectoryFilter;
  label: string;
  href: string;
  count: number;
}

/** Names sorted as a reader of that language expects ("École" with the E's, "10" after "9"). */
export function nameCollator(locale: Locale): Intl.Collator {
  return cachedIntl(
    `collator:${locale}`,
    () => new Intl.Collator(intlLocales[locale], { sensitivity: 'base', numeric: true }),
  );
}

export function matchesFilter(org: Organisation, filter: DirectoryFilter): boolean {
  return filter.facet === 'commune'
    ? org.address?.zipCode === filter.zipCode
    : org.categories.some((category) => category.id === filter.category.id);
}

/** Every commune and category of the shown organisations: one filter page each. */
export function directoryFilters(entries: readonly DirectoryEntry[]): DirectoryFilter[] {
  const communes = new Map<number, DirectoryFilter>();
  const categories = new Map<number, DirectoryFilter>();
  for (const { organisation } of entries) {
    const { address } = organisation;
    if (address && !communes.has(address.zipCode)) {
      const { zipCode, municipality } = address;
      communes.set(zipCode, { facet: 'commune', zipCode, municipality });
    }
    for (const category of organisation.categories) {
      if (!categories.has(category.id))
        categories.set(category.id, { facet: 'category', category });
    }
  }
  const byKey = (a: [number, unknown], b: [number, unknown]) => a[0] - b[0];
  return [...communes]
    .sort(byKey)
    .map(([, filter]) => filter)
    .concat([...categories].sort(byKey).map(([, filter]) => filter));
}

/** The key of a filter within its facet: the postcode, or the category id. */
export function filterKey(filter: DirectoryFilter): number {
  return filter.facet === 'commune' ? filter.zipCode : filter.category.id;
}

type FilterHrefs = Record<DirectoryFilter['facet'], Map<number, string>>;

// Every organisation page asks for these; computing them once per directory and language
// keeps a 4,000-organisation build linear rather than quadratic (`npm run bench`).
const hrefCache = new WeakMap<readonly DirectoryEntry[], Partial<Record<Locale, FilterHrefs>>>();

/**
 * The page of each filter, by facet and key. Links from an organisation go through it, so
 * they reach the page that was built even if two records spell a category differently.
 */
export function filterHrefs(entries: readonly DirectoryEntry[], locale: Locale): FilterHrefs {
  const cached = hrefCache.get(entries)?.[locale];
  if (cached) return cached;
  const hrefs: FilterHrefs = { commune: new Map(), category: new Map() };
  for (const filter of directoryFilters(entries)) {
    hrefs[filter.facet].set(filterKey(filter), filterPath(locale, filter));
  }
  hrefCache.set(entries, { ...hrefCache.get(entries), [locale]: hrefs });
  return hrefs;
}

// Every directory page shows both menus: counted once per directory, language and facet.
const linkCache = new WeakMap<readonly DirectoryEntry[], Map<string, FilterLink[]>>();

/**
 * The filter links of one facet in `locale`: communes by postcode, categories by label.
 * Shared between the pages of a build: read-only.
 */
export function filterLinks(
  entries: readonly DirectoryEntry[],
  locale: Locale,
  facet: DirectoryFilter['facet'],
): FilterLink[] {
  let byKey = linkCache.get(entries);
  if (!byKey) {
    byKey = new Map();
    linkCache.set(entries, byKey);
  }
  const key = `${locale}:${facet}`;
  let links = byKey.get(key);
  if (!links) {
    links = computeFilterLinks(entries, locale, facet);
    byKey.set(key, links);
  }
  return links;
}

function computeFilterLinks(
  entries: readonly DirectoryEntry[],
  locale: Locale,
  facet: DirectoryFilter['facet'],
): FilterLink[] {
  const links = directoryFilters(entries)
    .filter((filter) => filter.facet === facet)
    .map((filter) => ({
      filter,
      label: filterLabel(filter, locale),
      href: filterPath(locale, filter),
      count: entries.filter(({ organisation }) => matchesFilter(organisation, filter)).length,
    }));
  const collator = nameCollator(locale);
  return facet === 'category' ? links.sort((a, b) => collator.compare(a.label, b.label)) : links;
}

/** The organisations to list in `locale`, by name, optionally those of one filter only. */
export function listOrganisations(
  entries: readonly DirectoryEntry[],
  locale: Locale,
  filter: DirectoryFilter | null = null,
): OrganisationListItem[] {
  const collator = nameCollator(locale);
  const hrefs = filterHrefs(entries, locale);
  return entries
    .filter(({ organisation }) => !filter || matchesFilter(organisation, filter))
    .map(({ organisation: org }) => {
      const about = localText(org.description, locale) ?? localText(org.activities, locale);
      return {
        id: org.id,
        href: organisationPath(locale, org),
        name: org.name[locale],
        commune: org.address ? `${org.address.zipCode} ${org.address.municipality[locale]}` : null,
        summary: about && { text: shortText(about.text), lang: about.lang },
        categories: org.categories.map((category) => ({
          label: category.label[locale],
          href: hrefs.category.get(category.id) ?? '',
        })),
        isSynthetic: org.isSynthetic,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
}
