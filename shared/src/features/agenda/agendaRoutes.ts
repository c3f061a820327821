import type { Locale } from '@portals/content-models';
import { agendaAudiences, agendaKinds } from '@portals/content-models/collections';
import type { RouteBase, RouteOf, SiteRoute } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { agendaItemRoute } from './agendaItemRoute.ts';
import {
  agendaArchivePath,
  agendaFeedPath,
  agendaFilterPath,
  agendaPath,
  type AgendaFilter,
} from './agendaPaths.ts';
import { agendaEndsAt, pastItems, upcomingItems } from './schedule.ts';
import type { SiteAgendaItem } from './siteAgendaItemSchema.ts';

/** A link of the filter menu: the filter's page and how many upcoming items it holds. */
export interface AgendaFilterLink {
  filter: AgendaFilter;
  path: string;
  count: number;
}

declare module '../../kit/contract.ts' {
  interface RouteKinds {
    /** The upcoming items, all or one audience's or kind's, or the archive of past items. */
    agendaList: {
      view: 'upcoming' | 'archive';
      filter: AgendaFilter | null;
      /** Ready to show: upcoming next first, archive most recent first. */
      items: SiteAgendaItem[];
      /** The filter menu (empty on the archive). */
      filters: AgendaFilterLink[];
    };
    agendaItem: { item: SiteAgendaItem; past: boolean; calendarPath: string; feedPath: string };
    /** An iCalendar file: the whole feed of a language, or one item. */
    agendaCalendar: { scope: 'feed' | 'item'; items: SiteAgendaItem[] };
  }
}

export type AgendaListRoute = RouteOf<'agendaList'>;
export type AgendaItemRoute = RouteOf<'agendaItem'>;
export type AgendaCalendarRoute = RouteOf<'agendaCalendar'>;

/** The MIME type of every calendar route, which the kit's file endpoint serves. */
export const calendarContentType = 'text/calendar; charset=utf-8';

/** How long an ended item stays in the feed, so subscribed calendars keep the recent past. */
export const feedRetentionDays = 183;

const allFilters: AgendaFilter[] = [
  ...agendaAudiences.map((value) => ({ facet: 'audience' as const, value })),
  ...agendaKinds.map((value) => ({ facet: 'kind' as const, value })),
];

function matches(item: SiteAgendaItem, filter: AgendaFilter): boolean {
  return filter.facet === 'audience'
    ? item.audiences.includes(filter.value)
    : item.kind === filter.value;
}

/** A page that exists in every portal language (the lists and the feed). */
function everywhere(locales: readonly Locale[], locale: Locale, pathIn: (l: Locale) => string) {
  const path = pathIn(locale);
  return {
    locale,
    path,
    canonicalPath: path,
    indexable: true,
    alternates: alternatesFor(locales, pathIn),
    languageSwitch: languageSwitchFor(locale, locales, pathIn),
  } satisfies RouteBase;
}

function itemRoutes(item: SiteAgendaItem, locales: readonly Locale[], locale: Locale, now: Date) {
  const page = agendaItemRoute(item, locales, locale, now);
  if (!page) return [];
  const file = fileRoute(locale, page.calendarPath);
  return [
    page,
    { kind: 'agendaCalendar', scope: 'item', items: [item], ...file },
  ] satisfies SiteRoute[];
}

function fileRoute(locale: Locale, path: string) {
  return {
    locale,
    path,
    canonicalPath: path,
    indexable: false,
    alternates: [],
    languageSwitch: [],
    file: { contentType: calendarContentType },
  } satisfies RouteBase;
}

/**
 * The agenda's routes in one language: the upcoming list and one page per filter (audience,
 * kind: pre-rendered, so filtering needs no script), the archive, each item's page and
 * `.ics`, and the language's feed. Upcoming or past is decided by `now`, at build time.
 */
export function agendaRoutes(
  items: readonly SiteAgendaItem[],
  locales: readonly Locale[],
  locale: Locale,
  now: Date,
): SiteRoute[] {
  const upcoming = upcomingItems(items, locale, now);
  const filters = allFilters.map((filter) => ({
    filter,
    path: agendaFilterPath(locale, filter),
    count: upcoming.filter((item) => matches(item, filter)).length,
  }));
  const retainedSince = now.getTime() - feedRetentionDays * 24 * 60 * 60 * 1000;
  const feedItems = [
    ...upcoming,
    ...pastItems(items, locale, now).filter((item) => agendaEndsAt(item).getTime() > retainedSince),
  ];
  return [
    {
      kind: 'agendaList',
      view: 'upcoming',
      filter: null,
      items: upcoming,
      filters,
      ...everywhere(locales, locale, agendaPath),
    },
    ...allFilters.map((filter): SiteRoute => ({
      kind: 'agendaList',
      view: 'upcoming',
      filter,
      items: upcoming.filter((item) => matches(item, filter)),
      filters,
      ...everywhere(locales, locale, (l) => agendaFilterPath(l, filter)),
    })),
    {
      kind: 'agendaList',
      view: 'archive',
      filter: null,
      items: pastItems(items, locale, now),
      filters: [],
      ...everywhere(locales, locale, agendaArchivePath),
    },
    ...items.flatMap((item) => itemRoutes(item, locales, locale, now)),
    {
      kind: 'agendaCalendar',
      scope: 'feed',
      items: feedItems,
      ...fileRoute(locale, agendaFeedPath(locale)),
    },
  ];
}
