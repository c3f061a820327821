import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { files } from '@portals/shared/features/agenda/views.ts';
import { agendaSite, agendaViewRoutes } from '../../fixtures/agenda/agendaViewFixtures.ts';

const routes = agendaViewRoutes();

function calendarAt(path: string) {
  const route = routes.find((candidate) => candidate.path === path);
  if (route?.kind !== 'agendaCalendar') throw new Error(`no calendar file at ${path}`);
  const body = files.agendaCalendar({
    site: agendaSite,
    route,
    siteUrl: new URL('https://portal.test/'),
  });
  return new ICAL.Component(ICAL.parse(body) as unknown[]);
}

describe('agenda calendar files', () => {
  it('renders the feed with the site’s address in its UIDs and links', () => {
    const calendar = calendarAt('/nl/agenda.ics');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      'agenda-11@portal.test',
      'agenda-14@portal.test',
      'agenda-12@portal.test',
      'agenda-15@portal.test',
    ]);
    expect(events[0]!.getFirstPropertyValue('url')).toBe(
      'https://portal.test/nl/agenda/colloquium-pijn-kinderen/',
    );
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda Hospichild');
  });

  it('renders one item as a calendar of one event', () => {
    const calendar = calendarAt('/fr/agenda/groupe-de-parole.ics');
    const [event] = calendar.getAllSubcomponents('vevent');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
