import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar, type CalendarInput } from '@portals/shared/features/agenda/ical.ts';
import type { SiteAgendaItem } from '@portals/shared/features/agenda/siteAgendaItemSchema.ts';
import { agendaItems, itemById } from './agendaFixtures.ts';

const site = new URL('https://hospichild.example.be');
const render = (overrides: Partial<CalendarInput> = {}) =>
  renderCalendar({
    site,
    portalName: 'Hospichild',
    locale: 'fr',
    scope: 'feed',
    items: agendaItems(),
    ...overrides,
  });

/** Parses with ical.js (Mozilla's parser, independent of the writer) and registers its zones. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar;
}

function eventOf(calendar: ICAL.Component, id: string) {
  const vevent = calendar
    .getAllSubcomponents('vevent')
    .find(
      (candidate) =>
        candidate.getFirstPropertyValue('uid') === `agenda-${id}@hospichild.example.be`,
    );
  if (!vevent) throw new Error(`no event for agenda item ${id}`);
  return { vevent, event: new ICAL.Event(vevent) };
}

describe('agenda iCalendar', () => {
  it('carries the Brussels VTIMEZONE that its times refer to', () => {
    const calendar = parse(render());
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Brussels']);
    expect(zones[0]!.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(zones[0]!.getAllSubcomponents('standard')).toHaveLength(1);
  });

  it('writes start and end as Brussels wall-clock times with TZID, at the right instants', () => {
    const { vevent, event } = eventOf(parse(render()), '11');
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
    expect(event.startDate.toString()).toBe('2026-03-10T09:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-10T16:00:00.000Z');
  });

  it('writes all-day items as DATE values, the end being the day after the last', () => {
    const { event } = eventOf(parse(render()), '12');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-04-18');
    expect(event.endDate.toString()).toBe('2026-04-20');
  });

  it('gives each item the same UID in every render and in both languages', () => {
    const uids = (text: string) =>
      parse(text)
        .getAllSubcomponents('vevent')
        .map((vevent) => vevent.getFirstPropertyValue('uid'));
    const first = uids(render());
    expect(uids(render())).toEqual(first);
    expect(uids(render({ locale: 'nl' }))).toEqual(
      first.filter((uid) => uid !== 'agenda-13@hospichild.example.be'),
    );
    expect(first).toEqual(agendaItems().map((item) => `agenda-${item.id}@hospichild.example.be`));
  });

  it('marks a cancelled item cancelled instead of leaving it out', () => {
    const { vevent, event } = eventOf(parse(render()), '14');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(event.summary).toBe('ANNULÉ – Groupe de parole des parents');
    expect(event.description).toMatch(/^ANNULÉ – Reporté à l’automne\.\n\n/);
    expect(eventOf(parse(render()), '11').vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('publishes with a sequence that grows with each saved change', () => {
    const calendar = parse(render());
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const sequence = (item: SiteAgendaItem) =>
      eventOf(parse(render({ items: [item] })), item.id).event.sequence;
    const item = itemById('11');
    const edited = { ...item, updatedAt: '2026-02-01T09:31:00.000Z' };
    expect(sequence(edited)).toBe(sequence(item) + 1);
  });

  it('stamps each event with its last change, in UTC', () => {
    const { vevent } = eventOf(parse(render()), '14');
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toJSDate().toISOString()).toBe('2026-02-20T15:45:00.000Z');
  });

  it('escapes commas, semicolons and newlines so the parser gets the text back', () => {
    const { event } = eventOf(parse(render()), '11');
    expect(event.location).toBe('Auditoire Lacroix, rue Haute 10; 1000 Bruxelles');
    expect(event.summary).toBe('Colloque : la douleur de l’enfant, du soin au confort');
    expect(event.description).toContain(
      'Une journée d’échanges entre équipes de pédiatrie.\nProgramme détaillé en ligne.',
    );
    expect(event.description).toContain('Organisation : Réseau pédiatrique (démo)');
    expect(event.description).toContain('Inscription : https://www.example.org/inscription');
  });

  it('links each event to its page in the language of the calendar', () => {
    const { vevent } = eventOf(parse(render({ locale: 'nl' })), '11');
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://hospichild.example.be/nl/agenda/colloquium-pijn-kinderen/',
    );
  });

  it('uses the online address as location when there is no place', () => {
    expect(eventOf(parse(render()), '15').event.location).toBe(
      'https://www.example.org/colloque-en-ligne',
    );
  });

  it('folds lines at 75 octets and ends them with CRLF', () => {
    const text = render();
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(
      75,
    );
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('writes every calendar property before the first component (RFC 5545 §3.6)', () => {
    const lines = render().trimEnd().split('\r\n');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const outside: string[] = [];
    let level = 0;
    for (const line of lines.slice(
      lines.findIndex((l, i) => i > 0 && l.startsWith('BEGIN:')),
      -1,
    )) {
      if (line.startsWith('BEGIN:')) level += 1;
      else if (line.startsWith('END:')) level -= 1;
      else if (level === 0 && !line.startsWith(' ')) outside.push(line);
    }
    expect(outside).toEqual([]);
  });

  it('names the feed in its language', () => {
    const calendar = parse(render({ locale: 'nl' }));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda Hospichild');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe(
      'Colloquia, opleidingen, evenementen en ontmoetingen aangekondigd door Hospichild.',
    );
  });

  it('writes a single item file without a calendar name, so importing adds one event', () => {
    const calendar = parse(render({ scope: 'item', items: [itemById('12')] }));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeNull();
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });
});
