import type { SiteConfig } from '../../site/defineSiteConfig.ts';
import AgendaItemPage from './AgendaItemPage.astro';
import AgendaList from './AgendaList.astro';
import type { AgendaCalendarRoute } from './agendaRoutes.ts';
import { renderCalendar } from './ical.ts';

/** The agenda's views by route kind: the lists (upcoming, filters, archive) and an item's page. */
export const views = { agendaList: AgendaList, agendaItem: AgendaItemPage };

/** The agenda's files by route kind: the feed and each item as iCalendar, absolute links. */
export const files = {
  agendaCalendar: ({
    site,
    route,
    siteUrl,
  }: {
    site: SiteConfig;
    route: AgendaCalendarRoute;
    siteUrl: URL;
  }) =>
    renderCalendar({
      site: siteUrl,
      portalName: site.portal.name[route.locale],
      ui: site.ui,
      locale: route.locale,
      scope: route.scope,
      items: route.items,
    }),
};
