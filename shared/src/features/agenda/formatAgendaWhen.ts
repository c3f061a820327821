import type { Locale } from '@portals/content-models';
import { cachedIntl, formatDate, intlLocales, siteTimeZone } from '../../i18n/index.ts';
import { isoDay, isoWithOffset, type CalendarDay } from './brusselsCalendar.ts';
import { agendaDays } from './schedule.ts';
import type { SiteAgendaItem } from './siteAgendaItemSchema.ts';

/** When an item takes place, as readers see it and as `<time datetime>` states its start. */
export interface AgendaWhen {
  /** "mardi 10 mars 2026, 09:00 – 17:00", "samedi 18 – dimanche 19 avril 2026" */
  text: string;
  /** The start: `2026-03-10T09:00:00+01:00`, or `2026-04-18` for an all-day item. */
  datetime: string;
}

const dateTime: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };

function rangeFormatter(locale: Locale, options: Intl.DateTimeFormatOptions, timeZone: string) {
  return cachedIntl(
    `agenda-range:${locale}:${timeZone}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(intlLocales[locale], { ...options, timeZone }),
  );
}

// Calendar days are formatted at noon UTC in UTC: the day shown is the day meant, whatever
// the offset of Brussels on that date.
const noon = (day: CalendarDay) => new Date(Date.UTC(day.year, day.month - 1, day.day, 12));

/**
 * Formats when an item takes place in Brussels time, in the page's language; a range shares
 * what its ends have in common (one date for a single day), as `Intl.formatRange` does.
 */
export function formatAgendaWhen(
  item: Pick<SiteAgendaItem, 'startsAt' | 'endsAt' | 'allDay'>,
  locale: Locale,
): AgendaWhen {
  if (item.allDay) {
    const { first, last } = agendaDays(item);
    const format = rangeFormatter(locale, { dateStyle: 'full' }, 'UTC');
    return { text: format.formatRange(noon(first), noon(last)), datetime: isoDay(first) };
  }
  const datetime = isoWithOffset(item.startsAt);
  if (!item.endsAt || item.endsAt === item.startsAt) {
    return { text: formatDate(item.startsAt, locale, dateTime), datetime };
  }
  const format = rangeFormatter(locale, dateTime, siteTimeZone);
  return { text: format.formatRange(new Date(item.startsAt), new Date(item.endsAt)), datetime };
}
