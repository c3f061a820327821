import { describe, expect, it } from 'vitest';
import type { SiteSection } from '@portals/shared/cms';
import {
  filterPath,
  idSlug,
  organisationPath,
  reservedSegments,
  sitemapEntries,
  type SiteRoute,
} from '@portals/shared/site';
import { entry, homeCare, organisation } from './directoryFixtures.ts';
import { portalFeatures, portalRoutes } from '../support/portalRoutes.ts';

const cass = organisation({
  id: 13219,
  name: {
    fr: "COORDINATION DE L'ACTION SOCIALE DE SCHAERBEEK",
    nl: 'COÖRDINATIE VAN DE SCHAARBEEKSE SOCIALE ACTIE',
  },
  address: {
    street: { fr: 'Boulevard Auguste Reyers', nl: 'Auguste Reyerslaan' },
    number: '70',
    box: null,
    zipCode: 1030,
    municipality: { fr: 'SCHAERBEEK', nl: 'SCHAARBEEK' },
  },
  categories: [homeCare],
  lastUpdate: '2020-08-28',
});
const routes = portalRoutes({
  locales: ['fr', 'nl'],
  articles: [],
  sections: [],
  directory: [entry(cass)],
});
const at = (path: string) => routes.find((route) => route.path === path);

describe('directory URLs', () => {
  it('puts the id before a readable slug of the name in each language', () => {
    expect(organisationPath('fr', cass)).toBe(
      '/fr/associations/13219-coordination-de-l-action-sociale-de-schaerbeek/',
    );
    expect(organisationPath('nl', cass)).toBe(
      '/nl/verenigingen/13219-coordinatie-van-de-schaarbeekse-sociale-actie/',
    );
  });

  it('cuts a long name at a word and keeps a bare id when nothing is left of it', () => {
    const slug = idSlug(
      1,
      'ASSOCIATION POUR LE SOUTIEN DES FAMILLES D’ENFANTS GRAVEMENT MALADES À BRUXELLES',
    );
    expect(slug).toBe('1-association-pour-le-soutien-des-familles-d-enfants-gravement');
    expect(idSlug(2, '—')).toBe('2');
  });

  it('names filter pages by postcode or category id, then words in the page language', () => {
    const commune = {
      facet: 'commune',
      zipCode: 1030,
      municipality: { fr: 'SCHAERBEEK', nl: 'SCHAARBEEK' },
    } as const;
    expect(filterPath('fr', commune)).toBe('/fr/associations/commune/1030-schaerbeek/');
    expect(filterPath('nl', commune)).toBe('/nl/verenigingen/gemeente/1030-schaarbeek/');
    expect(filterPath('nl', { facet: 'category', category: homeCare })).toBe(
      '/nl/verenigingen/categorie/273-thuiszorg/',
    );
  });
});

describe('directory routes', () => {
  it('builds the list, one page per commune and category, and one per organisation', () => {
    const french = routes.filter(
      (route) => route.locale === 'fr' && route.path.includes('/associations/'),
    );
    expect(french.map((route) => route.path)).toEqual([
      '/fr/associations/',
      '/fr/associations/commune/1030-schaerbeek/',
      '/fr/associations/categorie/273-soins-a-domicile/',
      '/fr/associations/13219-coordination-de-l-action-sociale-de-schaerbeek/',
    ]);
  });

  it('maps the language switch and hreflang alternates of a page to its Dutch twin', () => {
    const page = at('/fr/associations/commune/1030-schaerbeek/');
    expect(page?.languageSwitch).toEqual([
      { locale: 'nl', path: '/nl/verenigingen/gemeente/1030-schaarbeek/' },
    ]);
    expect(page?.alternates.map((link) => link.path)).toEqual([
      '/fr/associations/commune/1030-schaerbeek/',
      '/nl/verenigingen/gemeente/1030-schaarbeek/',
    ]);
  });

  it('lists every directory page in the sitemap, organisations with their last update', () => {
    const entries = sitemapEntries(routes);
    expect(entries.filter((e) => /associations|verenigingen/.test(e.path))).toHaveLength(8);
    expect(entries.find((e) => e.path.startsWith('/nl/verenigingen/13219-'))?.lastModified).toBe(
      '2020-08-28',
    );
  });

  it('builds no directory page for a portal without a directory', () => {
    const plain = portalRoutes({ locales: ['fr'], articles: [], sections: [] });
    expect(plain.some((route: SiteRoute) => route.kind === 'directory')).toBe(false);
  });

  it('reserves the directory segment, so a CMS section cannot take its URL', () => {
    expect(reservedSegments(portalFeatures({ directory: true }), 'fr')).toContain('associations');
    expect(reservedSegments(portalFeatures({ directory: true }), 'nl')).toContain('verenigingen');
    const section: SiteSection = {
      id: '7',
      parentId: null,
      order: 0,
      updatedAt: '2026-01-01T00:00:00.000Z',
      availableLocales: ['fr'],
      translations: { fr: { title: 'Associations', slug: 'associations', description: '' } },
    };
    expect(() =>
      portalRoutes({ locales: ['fr'], articles: [], sections: [section], directory: [] }),
    ).toThrow(/Section 7 uses the slug "associations" in fr, which is reserved/);
  });
});
