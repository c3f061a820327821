import { kitRouteBase } from '../../fiches/kitRouteBase.ts';
import type { RouteOf } from '../../kit/contract.ts';
import { previewRouteOf, type PreviewMapping } from '../../preview/previewMapping.ts';
import { hospitalUrlIn } from './hospitalUrl.ts';
import { hospitalDocSchema, toSiteHospital, type HospitalDoc } from './kind.ts';

/**
 * A hospital draft previewed on the fiche view: mapped exactly as the loader maps published
 * fiches, on the route the next build would give it, reshaped for the preview page.
 */
export const hospitalPreview: PreviewMapping<HospitalDoc, RouteOf<'hospital'>> = {
  docSchema: hospitalDocSchema,
  route(doc, locale, context) {
    const hospital = toSiteHospital(doc, () => undefined);
    const base =
      hospital && kitRouteBase(context.locales, locale, (l) => hospitalUrlIn(hospital, l));
    if (!hospital || !base) return null;
    const live: RouteOf<'hospital'> = { kind: 'hospital', hospital, ...base };
    return previewRouteOf(live, context, (l) => Boolean(hospital.translations[l]));
  },
};
