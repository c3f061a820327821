import { newsletterPeriodPattern } from '@portals/content-models';

const timeZone = 'Europe/Brussels';

/** Minutes Brussels is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function brusselsOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Midnight in Brussels on the first day of `month` (0-based, may overflow into next year). */
export function brusselsMonthStart(year: number, month: number): Date {
  const utcMidnight = new Date(Date.UTC(year, month, 1));
  return new Date(utcMidnight.getTime() - brusselsOffsetMinutes(utcMidnight) * 60_000);
}

/** The month an edition covers (`2026-11`), from midnight on the 1st to the next 1st, in Brussels. */
export function periodBounds(period: string): { start: Date; end: Date } {
  if (!newsletterPeriodPattern.test(period)) throw new Error(`Not a period (YYYY-MM): "${period}"`);
  const [year = 0, month = 1] = period.split('-').map(Number);
  return { start: brusselsMonthStart(year, month - 1), end: brusselsMonthStart(year, month) };
}
