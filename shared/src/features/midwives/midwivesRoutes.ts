import type { Locale } from '@portals/content-models';
import { cachedIntl } from '../../i18n/cachedIntl.ts';
import { intlLocales } from '../../i18n/formatDate.ts';
import { kitRouteBase } from '../../fiches/kitRouteBase.ts';
import type { RouteContext, SiteRoute } from '../../kit/contract.ts';
import type { SiteMidwifeEntry } from './midwifeKind.ts';
import { communeName, languageName } from './midwifeWords.ts';
import {
  midwifePath,
  midwivesFacetPath,
  midwivesPath,
  type MidwivesFacet,
} from './midwivesPaths.ts';
import type { UnionSearch } from './unionSearch.ts';
import { withUniqueSlugs } from './withUniqueSlugs.ts';

/** A filter link: a language or a commune, how many midwives it keeps, and its page. */
export interface MidwivesFacetLink {
  value: string;
  label: string;
  count: number;
  href: string;
}

/** The filter a list page applies, null on the page of every midwife. */
export interface MidwivesFilter {
  facet: MidwivesFacet;
  value: string;
  label: string;
}

function facetLinks(
  midwives: readonly SiteMidwifeEntry[],
  locale: Locale,
  facet: MidwivesFacet,
): MidwivesFacetLink[] {
  const counts = new Map<string, number>();
  for (const midwife of midwives) {
    for (const value of facet === 'language' ? midwife.languages : midwife.communes) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  const collator = cachedIntl(`collator:${locale}`, () => new Intl.Collator(intlLocales[locale]));
  const name = facet === 'language' ? languageName : communeName;
  return [...counts]
    .map(([value, count]) => ({
      value,
      count,
      label: name(value, locale),
      href: midwivesFacetPath(locale, facet, value),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Every midwife by name, then one list per language spoken and per commune covered. */
export function midwivesRoutes(
  context: RouteContext,
  locale: Locale,
  union: UnionSearch,
): SiteRoute[] {
  const { locales } = context;
  const collator = cachedIntl(`collator:${locale}`, () => new Intl.Collator(intlLocales[locale]));
  const midwives = withUniqueSlugs(context.entries.midwives).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
  const facets = {
    languages: facetLinks(midwives, locale, 'language'),
    communes: facetLinks(midwives, locale, 'commune'),
  };
  const listBase = kitRouteBase(locales, locale, midwivesPath);
  if (!listBase) return [];
  const routes: SiteRoute[] = [
    { kind: 'midwifeList', midwives, filter: null, facets, union, ...listBase },
  ];
  const filtered = (facet: MidwivesFacet, links: MidwivesFacetLink[]) => {
    for (const link of links) {
      const keep = midwives.filter((midwife) =>
        (facet === 'language' ? midwife.languages : midwife.communes).includes(link.value),
      );
      const base = kitRouteBase(locales, locale, (l) => midwivesFacetPath(l, facet, link.value));
      const filter = { facet, value: link.value, label: link.label };
      if (base)
        routes.push({ kind: 'midwifeList', midwives: keep, filter, facets, union, ...base });
    }
  };
  filtered('language', facets.languages);
  filtered('commune', facets.communes);
  for (const midwife of midwives) {
    const base = kitRouteBase(locales, locale, (l) => midwifePath(l, midwife.slug));
    if (base) routes.push({ kind: 'midwife', midwife, union, ...base });
  }
  return routes;
}
