import type { Locale } from '@portals/content-models';
import { agendaTimezone } from '@portals/content-models/collections';
import ical, {
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalEventData,
} from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { t, type Translate, type UiOverrides } from '../../i18n/index.ts';
import { agendaFeedPath, agendaItemPath } from './agendaPaths.ts';
import { addDays, inBrussels } from './brusselsCalendar.ts';
import { agendaDays } from './schedule.ts';
import type { SiteAgendaItem } from './siteAgendaItemSchema.ts';

/** What a calendar needs besides its items: where the portal lives and what it is called. */
export interface CalendarContext {
  /** The portal's public origin (Astro's `site`): item URLs and UIDs are made from it. */
  site: URL;
  portalName: string;
  ui?: UiOverrides | undefined;
}

export interface CalendarInput extends CalendarContext {
  locale: Locale;
  /** The whole feed (named, refreshed by subscribers) or one item ("add to my calendar"). */
  scope: 'feed' | 'item';
  items: readonly SiteAgendaItem[];
}

/** SEQUENCE counts minutes of edits since this instant: it grows with every saved change. */
const sequenceEpoch = Date.UTC(2024, 0, 1);

/** The VTIMEZONE of a zone, from the tz database compiled by timezones-ical-library. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

/** The same event under the same UID in both languages and every render, whatever its slug. */
export function agendaUid(item: Pick<SiteAgendaItem, 'id'>, site: URL): string {
  return `agenda-${item.id}@${site.hostname}`;
}

function timing(
  item: SiteAgendaItem,
): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (item.allDay) {
    const { first, last } = agendaDays(item);
    const day = (d: typeof first) => new Date(Date.UTC(d.year, d.month - 1, d.day));
    // DATE values; DTEND is the day after the last one (RFC 5545 §3.6.1).
    return { allDay: true, start: day(first), end: day(addDays(last, 1)) };
  }
  return {
    timezone: agendaTimezone,
    start: inBrussels(item.startsAt),
    end: item.endsAt ? inBrussels(item.endsAt) : null,
  };
}

function description(item: SiteAgendaItem, locale: Locale, pageUrl: string, tr: Translate) {
  const text = item.translations[locale]!;
  const lines = [
    item.cancelled
      ? [tr('agenda.ical.cancelled'), text.cancellationNote].filter(Boolean).join(' – ')
      : '',
    text.descriptionText,
    item.organiser ? tr('agenda.ical.organiser', { organiser: item.organiser }) : '',
    text.price ? tr('agenda.ical.price', { price: text.price }) : '',
    item.onlineUrl ? tr('agenda.ical.online', { url: item.onlineUrl }) : '',
    item.registrationUrl ? tr('agenda.ical.registration', { url: item.registrationUrl }) : '',
    tr('agenda.ical.page', { url: pageUrl }),
  ];
  return lines.filter(Boolean).join('\n\n');
}

function event(item: SiteAgendaItem, input: CalendarInput, tr: Translate): ICalEventData {
  const text = item.translations[input.locale]!;
  const url = new URL(agendaItemPath(input.locale, text.slug), input.site).href;
  const updated = new Date(item.updatedAt);
  return {
    id: agendaUid(item, input.site),
    ...timing(item),
    // Cancelled items stay, marked, so subscribed calendars strike them out (RFC 5545 §3.8.1.11).
    status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: item.cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    sequence: Math.max(0, Math.floor((updated.getTime() - sequenceEpoch) / 60_000)),
    stamp: updated,
    lastModified: updated,
    // Some clients ignore STATUS in subscribed feeds: the title says it too.
    summary: item.cancelled ? `${tr('agenda.ical.cancelled')} – ${text.title}` : text.title,
    description: description(item, input.locale, url, tr),
    location: text.place || item.onlineUrl || null,
    url,
  };
}

/**
 * An RFC 5545 calendar of agenda items: Brussels times with `TZID=Europe/Brussels` and its
 * VTIMEZONE, all-day items as DATE values, stable UIDs, DTSTAMP from the last change.
 */
export function renderCalendar(input: CalendarInput): string {
  const tr = t(input.locale, input.ui);
  const isFeed = input.scope === 'feed';
  const calendar = ical({
    prodId: { company: input.portalName, product: 'agenda', language: input.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: DTSTAMP stays UTC as RFC 5545 requires; the events name theirs
    // and the generator writes a VTIMEZONE for each zone they use. No `ttl` or `x` either:
    // ical-generator writes them after the VTIMEZONE, where RFC 5545 §3.6 allows no property.
    timezone: { name: null, generator: vtimezone },
    ...(isFeed && {
      name: tr('agenda.feedName', { portal: input.portalName }),
      description: tr('agenda.feedDescription', { portal: input.portalName }),
      url: new URL(agendaFeedPath(input.locale), input.site).href,
    }),
  });
  for (const item of input.items) {
    if (item.translations[input.locale]) calendar.createEvent(event(item, input, tr));
  }
  return calendar.toString();
}
