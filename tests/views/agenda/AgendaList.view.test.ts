import { describe, expect, it } from 'vitest';
import AgendaList from '@portals/shared/features/agenda/AgendaList.astro';
import {
  agendaSite,
  agendaViewData,
  agendaViewRoutes,
} from '../../fixtures/agenda/agendaViewFixtures.ts';
import { renderView } from '../renderView.ts';

const routes = agendaViewRoutes();

function render(path: string) {
  const route = routes.find((candidate) => candidate.path === path);
  if (route?.kind !== 'agendaList') throw new Error(`no agenda list at ${path}`);
  return renderView(AgendaList, { site: agendaSite, data: agendaViewData, route });
}

/** The list items' titles, in page order. */
const titles = (html: string) =>
  [
    ...html.matchAll(
      /<h2 class="title"[^>]*>(?:<strong[^>]*>[^<]*<\/strong>\s*)?<a href="[^"]*"[^>]*>([^<]*)<\/a>/g,
    ),
  ].map((match) => match[1]);

describe('AgendaList', () => {
  it('lists upcoming items, the next first, with their Brussels date and time', async () => {
    const html = await render('/fr/agenda/');
    expect(html).toContain('<html lang="fr"');
    expect(html).toMatch(/<h1[^>]*>Agenda<\/h1>/);
    expect(titles(html)).toEqual([
      'Colloque : la douleur de l’enfant, du soin au confort',
      'Groupe de parole des parents',
      'Week-end des familles à l’hôpital',
    ]);
    expect(html).toMatch(
      /<time datetime="2026-03-10T09:00:00\+01:00"[^>]*>mardi 10 mars 2026, 09:00\s–\s17:00<\/time>/,
    );
    expect(html).toMatch(/<time datetime="2026-04-18"[^>]*>samedi 18\s–\sdimanche 19 avril 2026</);
  });

  it('offers audience and kind filters as plain links, the current one marked', async () => {
    const html = await render('/nl/agenda/publiek/ouders/');
    expect(html).toMatch(/<nav[^>]*aria-label="De agenda filteren"/);
    expect(html).toMatch(/<a href="\/nl\/agenda\/publiek\/ouders\/"[^>]*aria-current="page"/);
    expect(html).toMatch(/<a href="\/nl\/agenda\/soort\/opleidingen\/"(?![^>]*aria-current)/);
    expect(html).toMatch(/<a href="\/nl\/agenda\/"(?![^>]*aria-current)[^>]*>\s*De hele agenda/);
    expect(html).toMatch(/<h1[^>]*>Agenda: Ouders<\/h1>/);
    expect(titles(html)).toEqual(['Praatgroep voor ouders', 'Gezinsweekend in het ziekenhuis']);
    expect(html).not.toContain('<script');
  });

  it('marks a cancelled item in the list', async () => {
    const html = await render('/fr/agenda/type/rencontres/');
    expect(html).toMatch(
      /<h2 class="title"[^>]*><strong class="cancelled-badge"[^>]*>Annulé<\/strong> <a href="\/fr\/agenda\/groupe-de-parole\/"/,
    );
  });

  it('says so when a filter has nothing to come', async () => {
    const html = await render('/fr/agenda/type/formations/');
    expect(html).toContain('Aucun évènement à venir dans cette catégorie pour le moment.');
    expect(titles(html)).toEqual([]);
  });

  it('shows past items in the archive, the most recent first, without filters', async () => {
    const html = await render('/fr/agenda/archives/');
    expect(html).toMatch(/<h1[^>]*>Agenda : évènements passés<\/h1>/);
    expect(titles(html)).toEqual([
      'Formation : accueillir les frères et sœurs',
      'Colloque en ligne : l’école à l’hôpital',
    ]);
    expect(html).not.toContain('aria-label="Filtrer l’agenda"');
    expect(html).toContain('href="/fr/agenda/"');
  });

  it('offers the language’s feed by its https address, with how to subscribe', async () => {
    const html = await render('/nl/agenda/');
    expect(html).toMatch(/<h2[^>]*>Abonneren op de agenda van Hospichild<\/h2>/);
    expect(html).toMatch(/<a href="https:\/\/portal.test\/nl\/agenda.ics" type="text\/calendar"/);
  });

  it('links the other language through hreflang', async () => {
    const html = await render('/fr/agenda/public/professionnels/');
    expect(html).toContain(
      'rel="alternate" hreflang="nl" href="https://portal.test/nl/agenda/publiek/professionals/"',
    );
  });
});
