import { TZDate } from '@date-fns/tz';
import { agendaTimezone } from '@portals/content-models/collections';

/** A calendar day on a Brussels wall: what all-day items are made of. */
export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** The instant as a Brussels wall-clock date, which ical-generator writes in that zone. */
export function inBrussels(iso: string): TZDate {
  return new TZDate(new Date(iso).getTime(), agendaTimezone);
}

/** The Brussels calendar day an instant falls on. */
export function brusselsDay(iso: string): CalendarDay {
  const date = inBrussels(iso);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** The day `count` days after `day` (months and years roll over). */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + count));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Midnight in Brussels at the start of `day`, as an instant. */
export function brusselsMidnight(day: CalendarDay): Date {
  return new Date(new TZDate(day.year, day.month - 1, day.day, agendaTimezone).getTime());
}

/** `2026-03-10`: a day as ISO 8601 (schema.org's date-only form). */
export function isoDay(day: CalendarDay): string {
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

/** `2026-03-10T09:00:00+01:00`: the Brussels wall-clock time with its UTC offset (schema.org). */
export function isoWithOffset(iso: string): string {
  return inBrussels(iso).toISOString().replace('.000', '');
}
