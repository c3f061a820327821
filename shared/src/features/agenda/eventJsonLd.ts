import type { Locale } from '@portals/content-models';
import { isoDay, isoWithOffset } from './brusselsCalendar.ts';
import { agendaDays } from './schedule.ts';
import type { SiteAgendaItem } from './siteAgendaItemSchema.ts';

const schema = 'https://schema.org/';

function dates(item: SiteAgendaItem) {
  if (item.allDay) {
    const { first, last } = agendaDays(item);
    return { startDate: isoDay(first), endDate: isoDay(last) };
  }
  return {
    startDate: isoWithOffset(item.startsAt),
    ...(item.endsAt && { endDate: isoWithOffset(item.endsAt) }),
  };
}

function attendanceMode(item: SiteAgendaItem, place: string): string {
  if (item.onlineUrl && place) return `${schema}MixedEventAttendanceMode`;
  return item.onlineUrl
    ? `${schema}OnlineEventAttendanceMode`
    : `${schema}OfflineEventAttendanceMode`;
}

function location(item: SiteAgendaItem, place: string) {
  const physical = place ? [{ '@type': 'Place', name: place, address: place }] : [];
  const online = item.onlineUrl ? [{ '@type': 'VirtualLocation', url: item.onlineUrl }] : [];
  const all = [...physical, ...online];
  return all.length === 1 ? all[0] : all.length > 1 ? all : undefined;
}

/**
 * An item as schema.org `Event` (https://schema.org/Event), for search engines' event
 * listings: Brussels times with their offset, status, attendance mode, place, organiser.
 * Returns an object to serialise; `pageUrl` is the item's absolute address.
 */
export function eventJsonLd(item: SiteAgendaItem, locale: Locale, pageUrl: string) {
  const text = item.translations[locale];
  if (!text) throw new Error(`agenda item ${item.id} has no ${locale} version`);
  const firstParagraph = text.descriptionText.split('\n\n')[0] ?? '';
  const where = location(item, text.place);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text.title,
    ...(firstParagraph && { description: firstParagraph }),
    ...dates(item),
    eventStatus: `${schema}${item.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: attendanceMode(item, text.place),
    ...(where && { location: where }),
    ...(item.organiser && { organizer: { '@type': 'Organization', name: item.organiser } }),
    ...(item.registrationUrl &&
      !item.cancelled && {
        offers: {
          '@type': 'Offer',
          url: item.registrationUrl,
          ...(text.price && { description: text.price }),
        },
      }),
    inLanguage: locale === 'fr' ? 'fr-BE' : 'nl-BE',
    url: pageUrl,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close it. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
