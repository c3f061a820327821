import { describe, expect, it } from 'vitest';
import { portals } from '@portals/content-models';
import { buildNavigation, createSectionTree, defineSiteConfig } from '@portals/shared/site';
import type { RouteContext } from '../../../shared/src/kit/contract.ts';
import { pagesFeature } from '../../../shared/src/features/pages/index.ts';
import { views as pagesViews } from '../../../shared/src/features/pages/views.ts';
import { siteMapSections } from '../../fixtures/pages/sections.ts';
import { renderView } from '../renderView.ts';
import { kitEntries } from '@portals/shared/kit';

const tree = createSectionTree(siteMapSections);
const data = {
  tree,
  navigation: (locale: 'fr' | 'nl') => buildNavigation(tree, locale),
  entryPoints: () => [],
};
const context = {
  locales: ['fr', 'nl'] as RouteContext['locales'],
  entries: kitEntries({}),
} satisfies RouteContext;
const route = (locale: 'fr' | 'nl', path: string) => {
  const found = pagesFeature.routes?.(context, locale).find((r) => r.path === path);
  if (!found) throw new Error(`no route ${path}`);
  return found;
};
const site = defineSiteConfig({
  portal: portals.hospichild,
  publisher: {
    name: { fr: 'Service exemple asbl', nl: 'Voorbeelddienst vzw' },
    email: 'info@example.be',
    address: { fr: ['Rue Haute 1', '1000 Bruxelles'], nl: ['Hoogstraat 1', '1000 Brussel'] },
    complaintBody: { name: { fr: 'Médiateur exemple' }, url: 'https://example.be/plainte' },
  },
});

describe('footer page view', () => {
  it('renders the accessibility statement with the portal’s publisher and complaint body', async () => {
    const html = await renderView(pagesViews.footerPage, {
      site,
      data,
      route: route('fr', '/fr/accessibilite/'),
    });
    expect(html).toContain('<h1>Déclaration d’accessibilité</h1>');
    expect(html).toContain('<strong>partiellement conforme</strong>');
    expect(html).toContain('<strong>Service exemple asbl</strong>');
    expect(html).toContain('<a href="mailto:info@example.be">info@example.be</a>');
    expect(html).toContain('<a href="https://example.be/plainte">Médiateur exemple</a>');
    expect(html).toContain('Mis à jour le 5 décembre 2026');
  });

  it('renders the Dutch page in Dutch, with hreflang to the French one', async () => {
    const html = await renderView(pagesViews.footerPage, {
      site,
      data,
      route: route('nl', '/nl/privacy/'),
    });
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('<h1>Privacy</h1>');
    expect(html).toContain('Hoogstraat 1<br>1000 Brussel');
    expect(html).toContain(
      '<link rel="alternate" hreflang="fr" href="https://portal.test/fr/vie-privee/">',
    );
  });

  it('marks the demonstration publisher and names no complaint body it does not know', async () => {
    const html = await renderView(pagesViews.footerPage, {
      site: defineSiteConfig({ portal: portals.hospichild }),
      data,
      route: route('fr', '/fr/accessibilite/'),
    });
    expect(html).toContain('Coordonnées de démonstration');
    expect(html).toContain('organe compétent à préciser par l’éditeur (démonstration)');
  });
});

describe('site map view', () => {
  it('nests the sections, then lists entry points and footer pages', async () => {
    const html = await renderView(pagesViews.siteMap, {
      site,
      data: { ...data, entryPoints: () => [{ title: 'Agenda', href: '/nl/agenda/' }] },
      route: route('nl', '/nl/sitemap/'),
    });
    expect(html).toContain(
      '<a href="/nl/ziekenhuisopname/vooraf/">Vooraf</a><ul class="site-map"><li><a href="/nl/ziekenhuisopname/vooraf/koffer/">De koffer</a>',
    );
    expect(html).toContain('<a href="/nl/agenda/">Agenda</a>');
    expect(html).toContain('<a href="/nl/toegankelijkheid/">Toegankelijkheidsverklaring</a>');
    expect(html).not.toContain('Droits');
  });
});
