import type { RouteOf } from '../../kit/contract.ts';
import { previewRouteOf, type PreviewMapping } from '../../preview/previewMapping.ts';
import { agendaItemRoute } from './agendaItemRoute.ts';
import { agendaKind } from './kind.ts';
import type { AgendaDoc } from './agendaDocSchema.ts';

/**
 * An agenda draft previewed on the item's page, mapped as the loader maps published items, on
 * the route the next build would give it, reshaped for the preview page.
 */
export const agendaPreview: PreviewMapping<AgendaDoc, RouteOf<'agendaItem'>> = {
  docSchema: agendaKind.docSchema,
  route(doc, locale, context) {
    const item = agendaKind.toEntry(doc, { cmsUrl: context.cmsUrl, onWarning: () => undefined });
    const live = item && agendaItemRoute(item, context.locales, locale, new Date());
    if (!item || !live) return null;
    return previewRouteOf(live, context, (l) => Boolean(item.translations[l]));
  },
};
