import type { Locale } from '@portals/content-models';
import { kitRouteBase } from '../../fiches/kitRouteBase.ts';
import type { RouteContext, SiteRoute } from '../../kit/contract.ts';
import type { SiteMutuality } from './kind.ts';
import { mutualityUrlIn } from './mutualityUrl.ts';
import { mutualityListPath } from './paths.ts';

/**
 * The mutuality pages in `locale`: the list grouped by union and one fiche per antenna written
 * in that language. A fiche that exists only in Dutch has no French page (no empty page):
 * the French list names it with a note and links to the Dutch page, and the Dutch fiche's
 * language switch leads to the French list.
 */
export function mutualityRoutes(context: RouteContext, locale: Locale): SiteRoute[] {
  const { locales } = context;
  const mutualities: SiteMutuality[] = context.entries.mutualities;
  const routes: SiteRoute[] = [];
  const list = kitRouteBase(locales, locale, mutualityListPath);
  if (list) routes.push({ kind: 'mutualityList', mutualities, ...list });
  for (const mutuality of mutualities) {
    const base = kitRouteBase(
      locales,
      locale,
      (l) => mutualityUrlIn(mutuality, l),
      mutualityListPath,
    );
    if (base) routes.push({ kind: 'mutuality', mutuality, ...base });
  }
  return routes;
}
