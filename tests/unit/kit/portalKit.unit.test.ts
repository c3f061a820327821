import { describe, expect, it } from 'vitest';
import { portals } from '@portals/content-models';
import type { SiteSection } from '@portals/shared/cms';
import {
  articlesFeature,
  collectionNames,
  directoryFeature,
  homeFeature,
  kitEntries,
  portalCollections,
  searchFeature,
  sectionsFeature,
  siteFeatures,
  type PortalFeature,
} from '@portals/shared/kit';
import { buildRoutes, defineSiteConfig, portalData } from '@portals/shared/site';

// A kind added from outside the kit, the way a feature registers its routes and entries.
declare module '@portals/shared/kit' {
  interface KitCollections {
    notes: { id: string; updatedAt: string; slug: string };
  }
  interface RouteKinds {
    note: { slug: string };
  }
}

const notesFeature: PortalFeature = {
  name: 'notes',
  segments: (locale) => [locale === 'fr' ? 'notes' : 'notities'],
  routes: ({ entries }, locale) =>
    entries.notes.map((note) => {
      const path = `/${locale}/${locale === 'fr' ? 'notes' : 'notities'}/${note.slug}/`;
      return {
        kind: 'note',
        slug: note.slug,
        locale,
        path,
        canonicalPath: path,
        indexable: true,
        alternates: [],
        languageSwitch: [],
      };
    }),
  entryPoints: (_context, locale) => [
    {
      title: locale === 'fr' ? 'Toutes les notes' : 'Alle notities',
      menuTitle: 'Notes',
      href: `/${locale}/notes/`,
    },
  ],
  describe: (route) => (route.kind === 'note' ? `note ${route.slug}` : undefined),
};

const notes = [
  { id: '1', updatedAt: '2026-01-01T00:00:00.000Z', slug: 'premiere' },
  { id: '2', updatedAt: '2026-01-01T00:00:00.000Z', slug: 'seconde' },
];
const features = siteFeatures({ features: [sectionsFeature, notesFeature] });
const section = (slug: string): SiteSection => ({
  id: '7',
  parentId: null,
  order: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
  availableLocales: ['fr'],
  translations: { fr: { title: 'Notes', slug, description: '' } },
});

describe('siteFeatures', () => {
  it('puts the home, search, footer pages and redirects first and counts a feature listed twice once', () => {
    const names = siteFeatures({ features: [articlesFeature, searchFeature, articlesFeature] });
    expect(names.map((feature) => feature.name)).toEqual([
      'home',
      'search',
      'pages',
      'redirects',
      'forms',
      'articles',
    ]);
  });

  it('names the collections of the features’ kinds and of their own loaders', () => {
    const directory = directoryFeature({ curation: {} });
    expect(
      collectionNames(siteFeatures({ features: [sectionsFeature, articlesFeature, directory] })),
    ).toEqual(['redirects', 'formSettings', 'sections', 'articles', 'directory']);
  });
});

describe('buildRoutes with a feature registered from outside the kit', () => {
  it('adds its routes in every language, after the features before it', () => {
    const routes = buildRoutes({ locales: ['fr', 'nl'], entries: kitEntries({ notes }), features });
    expect(routes.map((route) => route.path)).toEqual([
      '/fr/',
      '/fr/search/',
      '/fr/accessibilite/',
      '/fr/vie-privee/',
      '/fr/contact/',
      '/fr/conditions-d-utilisation/',
      '/fr/plan-du-site/',
      '/fr/contact/merci/',
      '/fr/contact/erreur/invalid/',
      '/fr/contact/erreur/too-fast/',
      '/fr/contact/erreur/rate-limited/',
      '/fr/contact/erreur/too-large/',
      '/fr/notes/premiere/',
      '/fr/notes/seconde/',
      '/nl/',
      '/nl/zoeken/',
      '/nl/toegankelijkheid/',
      '/nl/privacy/',
      '/nl/contact/',
      '/nl/gebruiksvoorwaarden/',
      '/nl/sitemap/',
      '/nl/contact/bedankt/',
      '/nl/contact/fout/invalid/',
      '/nl/contact/fout/too-fast/',
      '/nl/contact/fout/rate-limited/',
      '/nl/contact/fout/too-large/',
      '/nl/notities/premiere/',
      '/nl/notities/seconde/',
      '/redirects.json',
      '/_redirects',
      '/.htaccess',
      '/nginx-redirects-map.conf',
      '/nginx-redirects.conf',
    ]);
    const note = routes.find((route) => route.kind === 'note');
    expect(note?.kind === 'note' && note.slug).toBe('premiere');
  });

  it('reserves its segments, so a section cannot take its URL', () => {
    const entries = kitEntries({ notes, sections: [section('notes')] });
    expect(() => buildRoutes({ locales: ['fr'], entries, features })).toThrow(
      /Section 7 uses the slug "notes" in fr, which is reserved \(search, accessibilite, vie-privee, contact, conditions-d-utilisation, plan-du-site, notes, preview/,
    );
  });

  it('names the documents behind two pages on one URL with the features’ describe', () => {
    const entries = kitEntries({ notes: [...notes, { ...notes[0]!, id: '3' }] });
    expect(() => buildRoutes({ locales: ['fr'], entries, features })).toThrow(
      'Two pages want the URL /fr/notes/premiere/: note premiere and note premiere.',
    );
  });
});

describe('kitEntries', () => {
  it('reads a collection the portal does not load as an empty list', () => {
    const entries = kitEntries({ notes });
    expect(entries.articles).toEqual([]);
    expect(entries.notes).toBe(notes);
  });
});

describe('portalData', () => {
  const site = defineSiteConfig({
    portal: portals.hospichild,
    features: [sectionsFeature, notesFeature],
  });

  it('puts the features’ entry points after the sections in the menu, by their menu title', () => {
    const data = portalData({ site, collections: { notes: notes.map((data) => ({ data })) } });
    expect(data.navigation('fr')).toEqual([{ title: 'Notes', href: '/fr/notes/', children: [] }]);
    expect(data.entryPoints('nl')[0]?.title).toBe('Alle notities');
  });

  it('computes the data of the same entries once', () => {
    const collections = { notes: notes.map((data) => ({ data })) };
    expect(portalData({ site, collections })).toBe(
      portalData({ site, collections: { ...collections } }),
    );
  });
});

describe('portalCollections', () => {
  it('gives every kind of the site’s features a CMS loader and keeps the features’ own loaders', () => {
    const site = defineSiteConfig({
      portal: portals.hospichild,
      features: [sectionsFeature, articlesFeature, directoryFeature({ curation: {} })],
    });
    const collections = portalCollections(site, { cmsUrl: 'http://cms.test', typesOnly: true });
    expect(Object.keys(collections)).toEqual([
      'redirects',
      'formSettings',
      'sections',
      'articles',
      'directory',
    ]);
    expect(collections.articles).toMatchObject({ loader: { name: 'portals-cms-articles' } });
    expect(collections.directory).toMatchObject({
      loader: { name: 'portals-open-data-directory' },
    });
    expect(homeFeature.kinds).toBeUndefined();
  });
});
