import { describe, expect, it } from 'vitest';
import AgendaItemPage from '@portals/shared/features/agenda/AgendaItemPage.astro';
import {
  agendaSite,
  agendaViewData,
  agendaViewRoutes,
} from '../../fixtures/agenda/agendaViewFixtures.ts';
import { renderView } from '../renderView.ts';

const routes = agendaViewRoutes();

function render(path: string) {
  const route = routes.find((candidate) => candidate.path === path);
  if (route?.kind !== 'agendaItem') throw new Error(`no agenda item page at ${path}`);
  return renderView(AgendaItemPage, { site: agendaSite, data: agendaViewData, route });
}

/** The page's JSON-LD blocks, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );
}

describe('AgendaItemPage', () => {
  it('describes the event for search engines as schema.org Event JSON-LD', async () => {
    const [event] = jsonLd(await render('/fr/agenda/colloque-douleur-enfant/'));
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Colloque : la douleur de l’enfant, du soin au confort',
      startDate: '2026-03-10T09:00:00+01:00',
      endDate: '2026-03-10T17:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Auditoire Lacroix, rue Haute 10; 1000 Bruxelles' },
      organizer: { '@type': 'Organization', name: 'Réseau pédiatrique (démo)' },
      url: 'https://portal.test/fr/agenda/colloque-douleur-enfant/',
    });
  });

  it('marks a cancelled event cancelled, on the page and in its JSON-LD', async () => {
    const html = await render('/nl/agenda/praatgroep/');
    expect(html).toMatch(/<p class="notice cancelled-notice"[^>]*role="note"/);
    expect(html).toContain('Deze activiteit is geannuleerd.');
    expect(html).toContain('Uitgesteld tot de herfst.');
    expect(jsonLd(html)[0]).toMatchObject({ eventStatus: 'https://schema.org/EventCancelled' });
  });

  it('gives an online event a virtual location and its link', async () => {
    const html = await render('/fr/agenda/colloque-ecole-hopital/');
    expect(jsonLd(html)[0]).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://www.example.org/colloque-en-ligne' },
    });
    expect(html).toMatch(/<a href="https:\/\/www.example.org\/colloque-en-ligne"[^>]*>/);
    expect(html).toContain('Cet évènement a eu lieu.');
  });

  it('gives the details, the registration link and the calendar file', async () => {
    const html = await render('/fr/agenda/colloque-douleur-enfant/');
    expect(html).toMatch(/<h1[^>]*>Colloque : la douleur de l’enfant, du soin au confort<\/h1>/);
    expect(html).toMatch(/<dt[^>]*>Organisation<\/dt>\s*<dd[^>]*>Réseau pédiatrique \(démo\)</);
    expect(html).toMatch(/<dt[^>]*>Public<\/dt>\s*<dd[^>]*>Professionnels</);
    expect(html).toMatch(/<dt[^>]*>Prix<\/dt>\s*<dd[^>]*>40 €, gratuit pour les étudiants</);
    expect(html).toMatch(/<a[^>]*href="https:\/\/www.example.org\/inscription"/);
    expect(html).toMatch(
      /<a href="\/fr\/agenda\/colloque-douleur-enfant.ics" type="text\/calendar"[^>]*>\s*Ajouter à mon agenda/,
    );
    expect(html).toContain('href="https://portal.test/fr/agenda.ics"');
  });

  it('shows all-day dates without times, and the all-day JSON-LD dates', async () => {
    const html = await render('/nl/agenda/gezinsweekend/');
    expect(html).toMatch(/<time datetime="2026-04-18"[^>]*>zaterdag 18\s–\szondag 19 april 2026</);
    expect(jsonLd(html)[0]).toMatchObject({ startDate: '2026-04-18', endDate: '2026-04-19' });
  });

  it('renders the description and leaves its text in the page language', async () => {
    const html = await render('/fr/agenda/colloque-douleur-enfant/');
    expect(html).toContain('<html lang="fr"');
    expect(html).toMatch(/<article[^>]*data-pagefind-body/);
    expect(html).toContain('<li>Matin : pratiques</li>');
  });
});
