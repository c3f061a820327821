import { describe, expect, it } from 'vitest';
import HomePage from '@portals/shared/components/HomePage.astro';
import { portalHomeFeature } from '@portals/shared/kit';
import { defineSiteConfig, portalData } from '@portals/shared/site';
import { treeArticles, treeSections, treeSite } from '../../fixtures/views/treeFixtures.ts';
import { renderView } from '../renderView.ts';

const site = defineSiteConfig({
  ...treeSite,
  features: [...treeSite.features, portalHomeFeature],
  home: {
    blocks: ['announcement', 'featured', 'links'],
    links: [
      {
        title: { fr: 'Trouver une sage-femme', nl: 'Een vroedvrouw vinden' },
        href: (locale) => `/${locale}/sages-femmes/`,
      },
      {
        title: { fr: 'Hôpitaux partenaires', nl: 'Partnerziekenhuizen' },
        href: (locale) => `https://hospichild.test/${locale}/hopitaux/`,
      },
      { title: { fr: 'Santé', nl: 'Gezondheid' }, href: (locale) => `/${locale}/sante/` },
    ],
  },
});

const portalHome = {
  id: '1',
  updatedAt: '2026-01-01T00:00:00.000Z',
  announcement: {
    title: { fr: 'Une annonce' },
    text: { fr: 'Son texte.' },
    link: { collection: 'articles', id: '2' },
    until: '2026-06-10T00:00:00.000Z',
  },
  featured: [{ collection: 'articles', id: '1' }],
};

const data = portalData({
  site,
  collections: {
    articles: treeArticles.map((entry) => ({ data: entry })),
    sections: treeSections.map((entry) => ({ data: entry })),
    portalHome: [{ data: portalHome }],
  },
});
const route = data.routes.find((each) => each.kind === 'home' && each.locale === 'fr');
const render = (now: Date) => renderView(HomePage, { site, data, route, now });

describe('the home page composed from the portal record', () => {
  it('shows the announcement before its end date, hidden by a script once it has passed', async () => {
    const html = await render(new Date('2026-06-01T00:00:00Z'));
    expect(html).toMatch(/<h2 id="announcement-title">Une annonce<\/h2>/);
    expect(html).toContain('data-hide-after="1781136000000"');
    expect(html).toContain('href="/fr/articles/article-2-fr/"');
  });

  it('leaves the announcement out once the build runs after its end date', async () => {
    expect(await render(new Date('2026-06-12T00:00:00Z'))).not.toContain('announcement-title');
  });

  it('lists the featured contents and the links, leaving out a page this build does not make', async () => {
    const html = await render(new Date('2026-06-01T00:00:00Z'));
    expect(html).toMatch(/<h2 id="featured-title">À la une<\/h2>/);
    expect(html).toContain('<a href="/fr/articles/article-1-fr/">Article 1 fr</a>');
    expect(html).toContain(
      '<a href="https://hospichild.test/fr/hopitaux/">Hôpitaux partenaires</a>',
    );
    expect(html).toContain('<a href="/fr/sante/">Santé</a>');
    expect(html).not.toContain('sages-femmes');
  });
});
