import { kitRouteBase } from '../../fiches/kitRouteBase.ts';
import type { RouteOf } from '../../kit/contract.ts';
import { previewRouteOf, type PreviewMapping } from '../../preview/previewMapping.ts';
import { mutualityDocSchema, toSiteMutuality, type MutualityDoc } from './kind.ts';
import { mutualityUrlIn } from './mutualityUrl.ts';

/**
 * A mutuality draft previewed on the fiche view, mapped as the loader maps published fiches;
 * a Dutch-only draft has a Dutch preview only.
 */
export const mutualityPreview: PreviewMapping<MutualityDoc, RouteOf<'mutuality'>> = {
  docSchema: mutualityDocSchema,
  route(doc, locale, context) {
    const mutuality = toSiteMutuality(doc, () => undefined);
    const base =
      mutuality && kitRouteBase(context.locales, locale, (l) => mutualityUrlIn(mutuality, l));
    if (!mutuality || !base) return null;
    const live: RouteOf<'mutuality'> = { kind: 'mutuality', mutuality, ...base };
    return previewRouteOf(live, context, (l) => Boolean(mutuality.translations[l]));
  },
};
