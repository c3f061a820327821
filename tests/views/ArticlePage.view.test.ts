import { describe, expect, it } from 'vitest';
import ArticlePage from '@portals/shared/components/ArticlePage.astro';
import type { SiteRoute } from '@portals/shared/site';
import { fixturePortalData, fixtureSite } from '../fixtures/views/portalFixtures.ts';
import { renderView } from './renderView.ts';

const data = fixturePortalData();

function routeAt(path: string) {
  const route = data.routes.find((candidate: SiteRoute) => candidate.path === path);
  if (route?.kind !== 'article' && route?.kind !== 'articleFallback') {
    throw new Error(`no article route at ${path}`);
  }
  return route;
}

const render = (path: string) =>
  renderView(ArticlePage, { site: fixtureSite, data, route: routeAt(path) });

describe('ArticlePage', () => {
  it('renders the title, summary, body and date in the page language, for search', async () => {
    const html = await render('/fr/articles/la-salle-de-jeux-rouvre/');
    expect(html).toContain('<html lang="fr"');
    expect(html).toMatch(/<article[^>]*data-pagefind-body/);
    expect(html).toMatch(/<h1[^>]*>La salle de jeux rouvre<\/h1>/);
    expect(html).toContain('Les enfants hospitalisés retrouvent leur salle de jeux.');
    expect(html).toContain('<h2>Horaires</h2>');
    expect(html).toMatch(/<time datetime="2026-03-02T10:00:00.000Z"[^>]*>Publié le 2 mars 2026</);
  });

  it('resolves a link to another article to its page in the same language', async () => {
    const html = await render('/fr/articles/la-salle-de-jeux-rouvre/');
    expect(html).toContain('href="/fr/articles/le-groupe-de-parole/"');
  });

  it('links the Dutch version through hreflang and the language switch', async () => {
    const html = await render('/fr/articles/la-salle-de-jeux-rouvre/');
    expect(html).toContain('hreflang="nl"');
    expect(html).toContain('href="/nl/artikels/de-speelzaal-gaat-weer-open/"');
  });

  it('shows a French-only article under its Dutch URL with a notice, kept out of search and indexing', async () => {
    const html = await render('/nl/artikels/le-groupe-de-parole/');
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('class="fallback-notice"');
    expect(html).toMatch(/<article[^>]*lang="fr"/);
    expect(html).not.toMatch(/<article[^>]*data-pagefind-body/);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).toContain(
      'rel="canonical" href="https://portal.test/fr/articles/le-groupe-de-parole/"',
    );
  });
});
