import { agendaTimezone } from '@portals/content-models/collections';

/** Minutes Brussels is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', {
    timeZone: agendaTimezone,
    timeZoneName: 'longOffset',
  })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The instant at `time` (HH:mm, Brussels wall clock) on the day `inDays` from `today`, as an
 * ISO string: demo events keep their local hours across summer and winter time.
 */
export function brusselsTime(inDays: number, time = '00:00', today = new Date()): string {
  const day = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + inDays),
  );
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wallClock = Date.UTC(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    hours,
    minutes,
  );
  const guess = new Date(wallClock - offsetMinutes(new Date(wallClock)) * 60_000);
  return new Date(wallClock - offsetMinutes(guess) * 60_000).toISOString();
}
