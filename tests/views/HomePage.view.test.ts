import { describe, expect, it } from 'vitest';
import HomePage from '@portals/shared/components/HomePage.astro';
import { defineSiteConfig, type SiteConfig } from '@portals/shared/site';
import { fixturePortalData, fixtureSite } from '../fixtures/views/portalFixtures.ts';
import { renderView } from './renderView.ts';

const data = fixturePortalData();
const home = data.routes.find((route) => route.kind === 'home' && route.locale === 'fr');

const render = (site: SiteConfig) => renderView(HomePage, { site, data, route: home });

describe('HomePage', () => {
  it('shows the latest news, then the sections, by default', async () => {
    const html = await render(fixtureSite);
    expect(html).toMatch(/<h1[^>]*>Hospichild<\/h1>/);
    const news = html.indexOf('id="news-title"');
    const sections = html.indexOf('id="sections-title"');
    expect(news).toBeGreaterThan(-1);
    expect(sections).toBeGreaterThan(news);
    expect(html).toContain('href="/fr/articles/la-salle-de-jeux-rouvre/"');
    expect(html).toContain('href="/fr/a-l-hopital/"');
  });

  it('shows only the blocks the site configuration lists, in its order', async () => {
    const html = await render(
      defineSiteConfig({ ...fixtureSite, home: { blocks: ['entryPoints'] } }),
    );
    expect(html).not.toContain('id="news-title"');
    expect(html).toContain('id="sections-title"');
  });
});
