import type { Locale } from '@portals/content-models';
import type { HospitalSection } from '@portals/content-models/collections';
import { kitRouteBase } from '../../fiches/kitRouteBase.ts';
import type { RouteContext, SiteRoute } from '../../kit/contract.ts';
import { hasComparison } from './compareSection.ts';
import { hospitalUrlIn } from './hospitalUrl.ts';
import type { SiteHospital } from './kind.ts';
import {
  comparedSections,
  hospitalListPath,
  hospitalSectionHubPath,
  hospitalSectionPath,
} from './paths.ts';

/**
 * The hospital pages in `locale`: the list, one fiche per hospital written in that language,
 * the hub of comparison pages and one comparison page per section some hospital has there.
 * A fiche missing in a language gets no page there: the list names it and links to the
 * language it exists in, and the fiche's language switch leads to that list.
 */
export function hospitalRoutes(context: RouteContext, locale: Locale): SiteRoute[] {
  const { locales } = context;
  const hospitals: SiteHospital[] = context.entries.hospitals;
  const routes: SiteRoute[] = [];
  const list = kitRouteBase(locales, locale, hospitalListPath);
  if (list) routes.push({ kind: 'hospitalList', hospitals, ...list });
  for (const hospital of hospitals) {
    const base = kitRouteBase(locales, locale, (l) => hospitalUrlIn(hospital, l), hospitalListPath);
    if (base) routes.push({ kind: 'hospital', hospital, ...base });
  }
  const sectionsIn = (l: Locale): HospitalSection[] =>
    comparedSections.filter((key) => hasComparison(hospitals, key, l));
  const hub = kitRouteBase(locales, locale, hospitalSectionHubPath);
  if (hub)
    routes.push({ kind: 'hospitalSectionHub', sections: sectionsIn(locale), hospitals, ...hub });
  for (const section of sectionsIn(locale)) {
    const base = kitRouteBase(
      locales,
      locale,
      (l) => (hasComparison(hospitals, section, l) ? hospitalSectionPath(l, section) : null),
      hospitalSectionHubPath,
    );
    if (base) routes.push({ kind: 'hospitalSection', section, hospitals, ...base });
  }
  return routes;
}
