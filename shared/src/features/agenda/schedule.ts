import type { Locale } from '@portals/content-models';
import { addDays, brusselsDay, brusselsMidnight, type CalendarDay } from './brusselsCalendar.ts';
import type { SiteAgendaItem } from './siteAgendaItemSchema.ts';

type Timing = Pick<SiteAgendaItem, 'startsAt' | 'endsAt' | 'allDay'>;

/** The Brussels days an all-day item covers: its start's day to its end's, both included. */
export function agendaDays(item: Timing): { first: CalendarDay; last: CalendarDay } {
  const first = brusselsDay(item.startsAt);
  return { first, last: item.endsAt ? brusselsDay(item.endsAt) : first };
}

/** When an item is over: its end, or its start without one; an all-day item at its last midnight. */
export function agendaEndsAt(item: Timing): Date {
  if (item.allDay) return brusselsMidnight(addDays(agendaDays(item).last, 1));
  return new Date(item.endsAt ?? item.startsAt);
}

/** Still to come or under way at `now`: what the agenda lists, rather than its archive. */
export function isUpcoming(item: Timing, now: Date): boolean {
  return agendaEndsAt(item).getTime() > now.getTime();
}

const byStart = (a: SiteAgendaItem, b: SiteAgendaItem) =>
  a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id, 'en', { numeric: true });

/** The items of a language still to come at `now`, the next first. */
export function upcomingItems(
  items: readonly SiteAgendaItem[],
  locale: Locale,
  now: Date,
): SiteAgendaItem[] {
  return items.filter((item) => item.translations[locale] && isUpcoming(item, now)).sort(byStart);
}

/** The items of a language that are over at `now`, the most recent first. */
export function pastItems(
  items: readonly SiteAgendaItem[],
  locale: Locale,
  now: Date,
): SiteAgendaItem[] {
  return items
    .filter((item) => item.translations[locale] && !isUpcoming(item, now))
    .sort((a, b) => byStart(b, a));
}

/**
 * The next `count` items of a language for the home page, cancelled ones left out: a home
 * page teaser is for what readers can still attend (the agenda itself shows cancellations).
 */
export function nextAgendaItems(
  items: readonly SiteAgendaItem[],
  locale: Locale,
  count: number,
  now: Date,
): SiteAgendaItem[] {
  return upcomingItems(items, locale, now)
    .filter((item) => !item.cancelled)
    .slice(0, count);
}
