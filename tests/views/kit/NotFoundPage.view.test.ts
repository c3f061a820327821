import { describe, expect, it } from 'vitest';
import NotFoundPage from '@portals/shared/components/NotFoundPage.astro';
import { fixturePortalData, fixtureSite } from '../../fixtures/views/portalFixtures.ts';
import { headings } from '../fiches/renderFiche.ts';
import { renderView } from '../renderView.ts';

const data = fixturePortalData();
const render = (locale: 'fr' | 'nl') =>
  renderView(NotFoundPage, { site: fixtureSite, data, locale });

describe('NotFoundPage', () => {
  it('says the page is missing, in the language of its part of the site', async () => {
    const html = await render('nl');
    expect(html).toContain('<html lang="nl"');
    expect(headings(html, 1)).toEqual(['Pagina niet gevonden']);
  });

  it('is kept out of indexing and search', async () => {
    const html = await render('fr');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('hreflang="nl" href="https://portal.test');
  });

  it('leads back to the home page and the search of its language', async () => {
    const html = await render('fr');
    expect(html).toContain('<a href="/fr/">Retour à l’accueil</a>');
    expect(html).toMatch(/<a href="\/fr\/search\/">Rechercher<\/a>/);
  });

  it('offers the other language’s home page in the language switch', async () => {
    const html = await render('fr');
    expect(html).toMatch(/<a href="\/nl\/" hreflang="nl" lang="nl">/);
  });
});
