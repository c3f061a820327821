import { describe, expect, it } from 'vitest';
import { views } from '@portals/shared/features/search/views.ts';
import type { SiteRoute } from '@portals/shared/site';
import { fixturePortalData, fixtureSite } from '../../fixtures/views/portalFixtures.ts';
import { headings } from '../fiches/renderFiche.ts';
import { renderView } from '../renderView.ts';

const data = fixturePortalData();

function render(path: string) {
  const route = data.routes.find((candidate: SiteRoute) => candidate.path === path);
  if (route?.kind !== 'search') throw new Error(`no search route at ${path}`);
  return renderView(views.search, { site: fixtureSite, data, route });
}

describe('SearchPage', () => {
  it('heads the page in its language', async () => {
    const html = await render('/fr/search/');
    expect(html).toContain('<html lang="fr"');
    expect(headings(html, 1)).toEqual(['Rechercher']);
    expect(html).toContain('<title>Rechercher – Hospichild</title>');
  });

  it('offers a labelled search landmark that submits a plain GET form to itself', async () => {
    const html = await render('/nl/zoeken/');
    expect(html).toMatch(
      /<form role="search" aria-label="[^"]+" method="get" action="\/nl\/zoeken\/"/,
    );
    expect(html).toMatch(/<input id="search-input" name="q" type="search"/);
    expect(html).toMatch(/<button type="submit">Zoeken<\/button>/);
  });

  it('labels the field and ties the hint to it', async () => {
    const html = await render('/fr/search/');
    expect(html).toContain('<label for="search-input">Mots-clés</label>');
    expect(html).toMatch(/id="search-input"[^>]*aria-describedby="search-hint"/);
    expect(html).toContain('<p id="search-hint"');
  });

  it('tells readers without JavaScript how else to find a page', async () => {
    const html = await render('/fr/search/');
    expect(html).toMatch(/<noscript>[\s\S]*La recherche a besoin de JavaScript[\s\S]*<\/noscript>/);
  });

  it('announces results in a polite live region', async () => {
    const html = await render('/fr/search/');
    expect(html).toMatch(/<p id="search-status"[^>]*role="status" aria-live="polite"/);
  });

  it('links the other language’s search page through hreflang', async () => {
    const html = await render('/fr/search/');
    expect(html).toContain('rel="canonical" href="https://portal.test/fr/search/"');
    expect(html).toContain('hreflang="nl" href="https://portal.test/nl/zoeken/"');
  });
});
