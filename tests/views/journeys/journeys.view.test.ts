import { portals } from '@portals/content-models';
import { describe, expect, it } from 'vitest';
import ArticlePage from '@portals/shared/components/ArticlePage.astro';
import HomePage from '@portals/shared/components/HomePage.astro';
import { views } from '@portals/shared/features/journeys/views.ts';
import {
  articlesFeature,
  journeysFeature,
  sectionsFeature,
  type SiteRoute,
} from '@portals/shared/kit';
import { defineSiteConfig, portalData } from '@portals/shared/site';
import { articles, loadJourneys, secal } from '../../unit/journeys/journeyFixtures.ts';
import { renderView } from '../renderView.ts';

const site = defineSiteConfig({
  portal: portals.seulAvecEnfant,
  features: [sectionsFeature, journeysFeature, articlesFeature],
  home: { blocks: ['journeys', 'entryPoints'] },
});
const data = portalData({
  site,
  collections: {
    articles: Object.values(articles).map((entry) => ({ data: entry })),
    sections: [],
    journeys: loadJourneys().map((entry) => ({ data: entry })),
    referentOrganisations: [{ data: secal }],
  },
});

function routeAt(path: string): SiteRoute {
  const route = data.routes.find((candidate) => candidate.path === path);
  if (!route) throw new Error(`no route at ${path}`);
  return route;
}

const renderArticle = (path: string) =>
  renderView(ArticlePage, { site, data, route: routeAt(path) });

describe('JourneyPage', () => {
  it('shows the steps as a numbered list, each under its own heading', async () => {
    const html = await renderView(views.journey, {
      site,
      data,
      route: routeAt('/fr/parcours/je-me-separe/'),
    });
    expect(html).toMatch(/<h1[^>]*>Je me sépare<\/h1>/);
    expect(html).toMatch(/<ol class="steps" aria-label="Les étapes">/);
    expect(html).toMatch(
      /<li id="etape-2"><h2><span class="number">Étape 2<\/span> <span class="step-title">Fixer la contribution<\/span><\/h2>/,
    );
    expect(html).toContain('3 étapes');
  });

  it('links each step’s rights pages and organisations', async () => {
    const html = await renderView(views.journey, {
      site,
      data,
      route: routeAt('/fr/parcours/je-me-separe/'),
    });
    expect(html).toMatch(/<h3>À lire<\/h3>\s*<ul>\s*<li>\s*<a href="\/fr\/articles\/pension/);
    expect(html).toMatch(
      /<h3>À contacter<\/h3>\s*<ul>\s*<li>\s*<a href="https:\/\/finances.belgium.be">Service des créances alimentaires<\/a>\s*\(SECAL\)/,
    );
  });

  it('lists the life events on their own page, in their order', async () => {
    const html = await renderView(views.journeyList, {
      site,
      data,
      route: routeAt('/fr/parcours/'),
    });
    expect(html).toMatch(/<h1[^>]*>Événements de vie<\/h1>/);
    const first = html.indexOf('href="/fr/parcours/je-me-separe/"');
    expect(first).toBeGreaterThan(-1);
    expect(html.indexOf('href="/fr/parcours/je-suis-en-deuil/"')).toBeGreaterThan(first);
  });
});

describe('the journeys’ aside on article pages', () => {
  it('says which step of which journey the page is, with the previous and next steps', async () => {
    const html = await renderArticle('/fr/articles/se-separer-les-premieres-demarches/');
    expect(html).toMatch(
      /<nav class="journey-part-of" aria-label="Parcours dont cette page fait partie">/,
    );
    expect(html).toMatch(
      /Fait partie de : <a href="\/fr\/parcours\/je-me-separe\/">Je me sépare<\/a>,\s*étape 1 sur 3/,
    );
    expect(html).not.toContain('rel="prev"');
    expect(html).toMatch(
      /<a href="\/fr\/parcours\/je-me-separe\/#etape-2" rel="next">\s*<span class="direction">Étape suivante<\/span>\s*<span>Fixer la contribution<\/span>/,
    );
  });

  it('shows both journeys of an article that belongs to two', async () => {
    const html = await renderArticle('/fr/articles/pension-alimentaire-impayee/');
    expect(html).toMatch(/Je me sépare<\/a>,\s*étape 2 sur 3/);
    expect(html).toMatch(/Je suis en deuil<\/a>,\s*étape 2 sur 2/);
    expect(html).toContain('href="/fr/parcours/je-suis-en-deuil/#etape-1" rel="prev"');
  });

  it('shows nothing on an article only an unpublished journey links', async () => {
    const html = await renderArticle('/fr/articles/une-page-liee-par-un-brouillon/');
    expect(html).not.toContain('journey-part-of');
    expect(html).not.toContain('Fait partie de');
  });
});

describe('the journeys home block', () => {
  it('shows the life events as entry cards where the site configuration puts it', async () => {
    const html = await renderView(HomePage, {
      site,
      data,
      route: routeAt('/fr/'),
    });
    const block = html.indexOf('id="journeys-title"');
    expect(block).toBeGreaterThan(-1);
    expect(html.indexOf('id="sections-title"')).toBeGreaterThan(block);
    expect(html).toMatch(/<h3 class="title"[^>]*>\s*<a href="\/fr\/parcours\/je-me-separe\/">/);
    expect(html).toContain('href="/fr/parcours/">Tous les événements de vie</a>');
  });
});
