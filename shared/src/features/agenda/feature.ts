import { t } from '../../i18n/index.ts';
import type { PortalFeature, SiteRoute } from '../../kit/contract.ts';
import { agendaPath, agendaSegment } from './agendaPaths.ts';
import { agendaRoutes } from './agendaRoutes.ts';
import { renderCalendar, type CalendarContext } from './ical.ts';
import { agendaKind } from './kind.ts';

export { nextAgendaItems } from './schedule.ts';

export interface AgendaFeatureOptions {
  /**
   * The build's clock: what has ended by then goes to the archive. Injected so that tests
   * (and a rebuild of an old release) decide upcoming and past at a known instant.
   * @default () => new Date()
   */
  now?: () => Date;
}

/**
 * The agenda as a portal feature, plus `render`: the body of its file routes (`.ics`), which
 * the kit's file endpoint serves with the route's `file.contentType`. The contract has no
 * such member yet; this is the proposed one.
 */
export interface AgendaFeature extends PortalFeature {
  render(route: SiteRoute, context: CalendarContext): string;
}

export function createAgendaFeature(options: AgendaFeatureOptions = {}): AgendaFeature {
  const now = options.now ?? (() => new Date());
  return {
    name: 'agenda',
    kinds: [agendaKind],
    segments: (locale) => [agendaSegment[locale]],
    routes: (context, locale) =>
      agendaRoutes(context.entries.agenda, context.locales, locale, now()),
    entryPoints: (_context, locale, ui) => {
      const translate = t(locale, ui);
      return [
        {
          title: translate('agenda.nav'),
          href: agendaPath(locale),
          description: translate('agenda.homeText'),
        },
      ];
    },
    describe: (route) => {
      if (route.kind === 'agendaItem') return `agenda item ${route.item.id}`;
      if (route.kind === 'agendaCalendar' && route.scope === 'item') {
        return `agenda item ${route.items[0]?.id ?? '?'} (calendar file)`;
      }
      return undefined;
    },
    render: (route, context) => {
      if (route.kind !== 'agendaCalendar') {
        throw new Error(`the agenda renders calendar files only, not "${route.kind}" routes`);
      }
      return renderCalendar({
        ...context,
        locale: route.locale,
        scope: route.scope,
        items: route.items,
      });
    },
  };
}

/** The agenda with the real clock, for portals. */
export const agendaFeature = createAgendaFeature();
