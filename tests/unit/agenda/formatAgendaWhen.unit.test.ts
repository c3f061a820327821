import { describe, expect, it } from 'vitest';
import { formatAgendaWhen } from '@portals/shared/features/agenda/formatAgendaWhen.ts';

// Intl separates range ends with thin spaces; compare with plain ones.
const plain = (when: { text: string; datetime: string }) => ({
  ...when,
  text: when.text.replace(/\s/g, ' '),
});

describe('formatAgendaWhen', () => {
  it('gives one date and two times for an item within a day, in Brussels summer time', () => {
    const when = formatAgendaWhen(
      { startsAt: '2026-06-02T16:30:00.000Z', endsAt: '2026-06-02T18:00:00.000Z', allDay: false },
      'nl',
    );
    expect(plain(when)).toEqual({
      text: 'dinsdag 2 juni 2026, 18:30–20:00',
      datetime: '2026-06-02T18:30:00+02:00',
    });
  });

  it('gives both dates for an item over several days', () => {
    const when = formatAgendaWhen(
      { startsAt: '2026-03-10T08:30:00.000Z', endsAt: '2026-03-11T15:00:00.000Z', allDay: false },
      'fr',
    );
    expect(plain(when).text).toBe('mardi 10 mars 2026 à 09:30 – mercredi 11 mars 2026 à 16:00');
  });

  it('gives the start alone for an item without an end', () => {
    const when = formatAgendaWhen(
      { startsAt: '2026-03-10T08:30:00.000Z', endsAt: null, allDay: false },
      'fr',
    );
    expect(plain(when).text).toBe('mardi 10 mars 2026 à 09:30');
  });

  it('gives the Brussels day of an all-day item, not the UTC one', () => {
    // Midnight in Brussels is still the previous day in UTC.
    const when = formatAgendaWhen(
      { startsAt: '2026-04-17T22:00:00.000Z', endsAt: '2026-04-18T21:59:00.000Z', allDay: true },
      'fr',
    );
    expect(plain(when)).toEqual({ text: 'samedi 18 avril 2026', datetime: '2026-04-18' });
  });
});
