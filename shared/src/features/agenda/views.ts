/// <reference types="astro/client" />
import type { SiteConfig } from '../../site/defineSiteConfig.ts';
import AgendaItemPage from './AgendaItemPage.astro';
import AgendaList from './AgendaList.astro';
import type { AgendaCalendarRoute } from './agendaRoutes.ts';
import { renderCalendar } from './ical.ts';

/** The agenda's views by route kind: the lists (upcoming, filters, archive) and an item's page. */
export const views = { agendaList: AgendaList, agendaItem: AgendaItemPage };

/**
 * The agenda's files by route kind: the feed and each item as iCalendar. Absolute URLs and
 * UIDs need the portal's public address: the kit's file input does not carry it (yet), so it
 * is read from Astro's `site`, which Astro exposes to every module as `import.meta.env.SITE`.
 */
export const files = {
  agendaCalendar: ({ site, route }: { site: SiteConfig; route: AgendaCalendarRoute }) =>
    renderCalendar({
      site: new URL(import.meta.env.SITE),
      portalName: site.portal.name[route.locale],
      ui: site.ui,
      locale: route.locale,
      scope: route.scope,
      items: route.items,
    }),
};
