import { t } from '../../i18n/createTranslator.ts';
import type { PortalFeature } from '../../kit/contract.ts';
import { midwifeKind, type SiteMidwifeEntry } from './midwifeKind.ts';
import { midwivesPath, midwivesSegment } from './midwivesPaths.ts';
import { midwivesRoutes, type MidwivesFacetLink, type MidwivesFilter } from './midwivesRoutes.ts';
import { defaultUnionSearch, type UnionSearch } from './unionSearch.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    midwives: SiteMidwifeEntry;
  }
  interface RouteKinds {
    /** Every midwife, or those of one language or commune (`filter`), with the filter links. */
    midwifeList: {
      midwives: SiteMidwifeEntry[];
      filter: MidwivesFilter | null;
      facets: { languages: MidwivesFacetLink[]; communes: MidwivesFacetLink[] };
      union: UnionSearch;
    };
    /** One midwife's page. */
    midwife: { midwife: SiteMidwifeEntry; union: UnionSearch };
  }
}

export interface MidwivesFeatureOptions {
  /** The professional union's own search, linked from every page. @default defaultUnionSearch */
  unionSearch?: UnionSearch;
}

/**
 * "Find a midwife" (`/fr/sages-femmes/`, `/nl/vroedvrouwen/`): the `midwives` collection,
 * filtered by spoken language and by commune through pre-rendered pages, so filtering needs
 * no script; each midwife has her own page.
 */
export function createMidwivesFeature(options: MidwivesFeatureOptions = {}): PortalFeature {
  const union = options.unionSearch ?? defaultUnionSearch;
  return {
    name: 'midwives',
    kinds: [midwifeKind],
    segments: (locale) => [midwivesSegment[locale]],
    routes: (context, locale) => midwivesRoutes(context, locale, union),
    entryPoints(context, locale, ui) {
      if (context.entries.midwives.length === 0) return [];
      const translate = t(locale, ui);
      return [
        {
          title: translate('midwives.title'),
          href: midwivesPath(locale),
          description: translate('midwives.entryPoint'),
        },
      ];
    },
    describe: (route) => (route.kind === 'midwife' ? `midwife ${route.midwife.id}` : undefined),
  };
}

/** "Find a midwife" with the Belgian unions' own searches. */
export const midwivesFeature = createMidwivesFeature();
