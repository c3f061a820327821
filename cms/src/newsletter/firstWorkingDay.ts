import { brusselsMonthStart } from './periodBounds.ts';

/** Easter Sunday of `year` (anonymous Gregorian algorithm), as a UTC date. */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const dayKey = (date: Date) => date.toISOString().slice(0, 10);

/** Belgium's ten legal public holidays of `year`, as `YYYY-MM-DD`. */
export function belgianHolidays(year: number): Set<string> {
  const easter = easterSunday(year).getTime();
  const afterEaster = (days: number) => dayKey(new Date(easter + days * 86_400_000));
  const fixed = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'];
  return new Set([
    ...fixed.map((day) => `${year}-${day}`),
    afterEaster(1), // Easter Monday
    afterEaster(39), // Ascension Day
    afterEaster(50), // Whit Monday
  ]);
}

/** Hour (Brussels time) at which a scheduled edition leaves: the start of the working day. */
export const sendingHour = 9;

/**
 * The first working day (Monday to Friday, not a Belgian public holiday) of `month` (0-based)
 * in `year`, at 9:00 in Brussels: when a monthly edition is sent by default.
 */
export function firstWorkingDay(year: number, month: number): Date {
  const holidays = belgianHolidays(year);
  for (let day = 1; ; day += 1) {
    const date = new Date(Date.UTC(year, month, day));
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(dayKey(date))) {
      const midnight = brusselsMonthStart(year, month).getTime() + (day - 1) * 86_400_000;
      // Brussels' offset does not change between midnight and 9:00 on the first days of a
      // month (summer time starts on the last Sunday of March, at 2:00).
      return new Date(midnight + sendingHour * 3_600_000);
    }
  }
}

/** When the edition of `period` (`YYYY-MM`, the month its news cover) leaves by default. */
export function defaultSendingTime(period: string): Date {
  const [year = 0, month = 1] = period.split('-').map(Number);
  // The month after the period: `month` is 1-based, so as a 0-based month it is the next one.
  return month === 12 ? firstWorkingDay(year + 1, 0) : firstWorkingDay(year, month);
}
