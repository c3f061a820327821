import { describe, expect, it } from 'vitest';
import HomePage from '@portals/shared/components/HomePage.astro';
import SingleLocaleRoot from '@portals/shared/components/SingleLocaleRoot.astro';
import { defineSiteConfig } from '@portals/shared/site';
import { views as pagesViews } from '../../../shared/src/features/pages/views.ts';
import { saePortalData, saeSite } from '../../fixtures/views/saeFixtures.ts';
import { renderView } from '../renderView.ts';

const data = saePortalData();
const routeOf = (path: string) => {
  const route = data.routes.find((each) => each.path === path);
  if (!route) throw new Error(`no route ${path}`);
  return route;
};

describe('the root of a portal published in French only (issue #11)', () => {
  it('is a French page sending readers to the French home, kept out of search engines', async () => {
    const html = await renderView(SingleLocaleRoot, { site: saeSite });
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/fr/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('href="/fr/"');
    expect(html).not.toContain('hreflang');
    expect(html).not.toContain('Nederlands');
  });
});

describe('the home page of seul avec enfant', () => {
  const site = defineSiteConfig({
    ...saeSite,
    home: {
      blocks: ['featuredArticle', 'journeys', 'entryPoints'],
      featuredArticle: 'avances-du-secal',
    },
  });

  it('shows the featured article in full with a link to its page, first', async () => {
    const html = await renderView(HomePage, { site, data, route: routeOf('/fr/') });
    expect(html).toContain('<a href="/fr/articles/avances-du-secal/">Avances du SECAL</a>');
    expect(html).toContain('<p>Le texte.</p>');
    expect(html.indexOf('id="featured-title"')).toBeLessThan(html.indexOf('id="sections-title"'));
  });

  it('renders the other blocks around one that no feature of the portal gives (journeys)', async () => {
    const html = await renderView(HomePage, { site, data, route: routeOf('/fr/') });
    expect(html).toContain('id="featured-title"');
    expect(html).toContain('id="sections-title"');
  });

  it('fails the build when the featured article does not exist', async () => {
    const missing = defineSiteConfig({
      ...site,
      home: { ...site.home, featuredArticle: 'absent' },
    });
    await expect(
      renderView(HomePage, { site: missing, data, route: routeOf('/fr/') }),
    ).rejects.toThrow(
      'home.featuredArticle names "absent", which is no published article of seul-avec-enfant',
    );
  });
});

describe('the accessibility statement of seul avec enfant', () => {
  it('rests on the Walloon decree of 2 May 2019 and names the Walloon ombudsman', async () => {
    const html = await renderView(pagesViews.footerPage, {
      site: {
        ...saeSite,
        publisher: {
          name: { fr: 'Service public de Wallonie' },
          email: 'contact@example.be',
          address: { fr: ['Rue 1', '5000 Namur'] },
          complaintBody: { name: { fr: 'Médiateur de Wallonie' }, url: 'https://mediateur.test' },
        },
      },
      data,
      route: routeOf('/fr/accessibilite/'),
    });
    expect(html).toContain('<strong>décret wallon du 2 mai 2019</strong>');
    expect(html).toContain('<a href="https://mediateur.test">Médiateur de Wallonie</a>');
    expect(html).not.toContain('néerlandaise');
  });
});
