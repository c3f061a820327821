import { defaultSendingTime, firstWorkingDay } from '@portals/cms/newsletter';
import { describe, expect, it } from 'vitest';

describe('first working day of the month', () => {
  it('is the 1st when it is a weekday', () => {
    // Tuesday 1 December 2026, 9:00 in Brussels (winter time, UTC+1).
    expect(firstWorkingDay(2026, 11).toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('skips the weekend', () => {
    // 1 August 2026 is a Saturday: Monday the 3rd, summer time (UTC+2).
    expect(firstWorkingDay(2026, 7).toISOString()).toBe('2026-08-03T07:00:00.000Z');
  });

  it('skips New Year’s Day and Labour Day', () => {
    // Friday 1 January 2027 is a holiday, then a weekend: Monday the 4th.
    expect(firstWorkingDay(2027, 0).toISOString()).toBe('2027-01-04T08:00:00.000Z');
    // Friday 1 May 2026: Monday the 4th.
    expect(firstWorkingDay(2026, 4).toISOString()).toBe('2026-05-04T07:00:00.000Z');
  });

  it('skips Easter Monday', () => {
    // Easter 2029 is on 1 April: Easter Monday is the 2nd, so Tuesday the 3rd.
    expect(firstWorkingDay(2029, 3).toISOString()).toBe('2029-04-03T07:00:00.000Z');
  });

  it('sends the edition of a period in the month after it, December’s in January', () => {
    expect(defaultSendingTime('2026-11').toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(defaultSendingTime('2026-12').toISOString()).toBe('2027-01-04T08:00:00.000Z');
  });
});
