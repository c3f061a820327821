import { t } from '../../i18n/index.ts';
import type { PortalFeature } from '../../kit/contract.ts';
import { mutualityKind, type SiteMutuality } from './kind.ts';
import { mutualityListPath, mutualitySegment } from './paths.ts';
import { mutualityRoutes } from './routes.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    mutualities: SiteMutuality;
  }
  interface RouteKinds {
    /** Every antenna grouped by union, those missing in the page's language named with a note. */
    mutualityList: { mutualities: SiteMutuality[] };
    /** One antenna's fiche in one language. */
    mutuality: { mutuality: SiteMutuality };
  }
}

/** Mutuality fiches ("Mutualités partenaires" / "Partnerziekenfondsen"). */
export const mutualitiesFeature: PortalFeature = {
  name: 'mutualities',
  kinds: [mutualityKind],
  segments: (locale) => [mutualitySegment[locale]],
  routes: mutualityRoutes,
  entryPoints: (_context, locale, ui) => {
    const translate = t(locale, ui);
    return [
      {
        title: translate('mutualities.title'),
        href: mutualityListPath(locale),
        description: translate('mutualities.summary'),
      },
    ];
  },
  describe: (route) => (route.kind === 'mutuality' ? `mutuality ${route.mutuality.id}` : undefined),
};
