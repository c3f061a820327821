import type { HospitalSection } from '@portals/content-models/collections';
import { t } from '../../i18n/index.ts';
import type { PortalFeature } from '../../kit/contract.ts';
import { hospitalKind, type SiteHospital } from './kind.ts';
import { hospitalListPath, hospitalSegment } from './paths.ts';
import { hospitalRoutes } from './routes.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    hospitals: SiteHospital;
  }
  interface RouteKinds {
    /** Every hospital fiche, those missing in the page's language named with a note. */
    hospitalList: { hospitals: SiteHospital[] };
    /** One hospital's fiche in one language. */
    hospital: { hospital: SiteHospital };
    /** The comparison pages of a language, one per section some hospital has there. */
    hospitalSectionHub: { sections: HospitalSection[]; hospitals: SiteHospital[] };
    /** One section (maternity, hospital school…) across every hospital. */
    hospitalSection: { section: HospitalSection; hospitals: SiteHospital[] };
  }
}

/** Hospital fiches ("Hôpitaux partenaires" / "Partnerziekenhuizen") and their comparisons. */
export const hospitalsFeature: PortalFeature = {
  name: 'hospitals',
  kinds: [hospitalKind],
  segments: (locale) => [hospitalSegment[locale]],
  routes: hospitalRoutes,
  entryPoints: (_context, locale, ui) => {
    const translate = t(locale, ui);
    return [
      {
        title: translate('hospitals.title'),
        href: hospitalListPath(locale),
        description: translate('hospitals.summary'),
      },
    ];
  },
  describe: (route) => {
    if (route.kind === 'hospital') return `hospital ${route.hospital.id}`;
    if (route.kind === 'hospitalSection') return `hospital section "${route.section}"`;
    return undefined;
  },
};
