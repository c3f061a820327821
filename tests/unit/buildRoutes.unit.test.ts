import { beforeAll, describe, expect, it } from 'vitest';
import { readKind, type SiteArticle, type SiteSection } from '@portals/shared/cms';
import { listArticles, sitemapEntries, sitemapXml, type SiteRoute } from '@portals/shared/site';
import { articleKind, sectionKind } from '@portals/shared/kit';
import { fakeCms, fixtureCmsUrl, memoryLogger } from '../fixtures/cms/fakeCms.ts';
import { portalRoutes } from './support/portalRoutes.ts';

let articles: SiteArticle[];
let sections: SiteSection[];
let routes: SiteRoute[];
const at = (path: string) => routes.find((route) => route.path === path);

beforeAll(async () => {
  const options = {
    cmsUrl: fixtureCmsUrl,
    portal: 'hospichild',
    fetch: fakeCms().fetch,
    logger: memoryLogger(),
  };
  articles = await readKind(articleKind, options);
  sections = await readKind(sectionKind, options);
  routes = portalRoutes({ locales: ['fr', 'nl'], articles, sections });
});

describe('buildRoutes with the sections, articles and directory features', () => {
  it('gives a French-only article a noindex Dutch fallback page canonical to the French one', () => {
    const fallback = at('/nl/artikels/le-groupe-de-parole-reprend/');
    expect(fallback).toMatchObject({
      kind: 'articleFallback',
      indexable: false,
      canonicalPath: '/fr/articles/le-groupe-de-parole-reprend/',
      alternates: [],
    });
  });

  it('points the language switch of a French-only article to its Dutch fallback page', () => {
    expect(at('/fr/articles/le-groupe-de-parole-reprend/')?.languageSwitch).toEqual([
      { locale: 'nl', path: '/nl/artikels/le-groupe-de-parole-reprend/' },
    ]);
  });

  it('lists hreflang alternates only where the article exists', () => {
    expect(
      at('/fr/articles/preparer-l-hospitalisation/')?.alternates.map((link) => link.locale),
    ).toEqual(['fr', 'nl']);
    expect(
      at('/fr/articles/le-groupe-de-parole-reprend/')?.alternates.map((link) => link.locale),
    ).toEqual(['fr']);
  });

  it('sends the switch of a Dutch-only article to the French home page', () => {
    expect(at('/nl/artikels/alleen-in-het-nederlands/')?.languageSwitch).toEqual([
      { locale: 'fr', path: '/fr/' },
    ]);
  });

  it('builds section pages only in languages where the whole chain exists', () => {
    expect(at('/fr/actualites/reserve-aux-francophones/')?.kind).toBe('section');
    expect(
      routes.some(
        (route) => route.kind === 'section' && route.section.id === '9' && route.locale === 'nl',
      ),
    ).toBe(false);
  });

  it('fails when a section slug takes a reserved segment', () => {
    const clash = sections.map((s) =>
      s.id === '5'
        ? {
            ...s,
            translations: {
              ...s.translations,
              nl: { title: 'Zoeken', slug: 'zoeken', description: '' },
            },
          }
        : s,
    );
    expect(() => portalRoutes({ locales: ['fr', 'nl'], articles, sections: clash })).toThrow(
      /slug "zoeken" in nl, which is reserved/,
    );
  });

  it('fails when two pages would share a URL', () => {
    const twin = { ...articles[0]!, id: 'twin' };
    expect(() =>
      portalRoutes({ locales: ['fr', 'nl'], articles: [...articles, twin], sections }),
    ).toThrow(
      /Two pages want the URL \/fr\/articles\/preparer-l-hospitalisation\/: article 1 and article twin/,
    );
  });
});

describe('listArticles', () => {
  it('lists French-only articles on Dutch pages, marked and linked to the fallback page', () => {
    const news = listArticles(articles, 'nl', { sectionIds: ['5'] });
    expect(news).toEqual([
      expect.objectContaining({
        href: '/nl/artikels/le-groupe-de-parole-reprend/',
        lang: 'fr',
        inOtherLanguage: true,
      }),
    ]);
  });

  it('sorts newest first and leaves out articles with no page in the language', () => {
    expect(listArticles(articles, 'fr').map((item) => item.id)).toEqual([
      '665f1c2ab0e4d1a2b3c4d5e6',
      '1',
      '2',
    ]);
  });
});

describe('sitemap', () => {
  it('lists indexable pages with hreflang alternates and leaves out fallback pages', () => {
    const xml = sitemapXml(sitemapEntries(routes), 'https://example.be');
    expect(xml).toContain('<loc>https://example.be/fr/articles/preparer-l-hospitalisation/</loc>');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="nl" href="https://example.be/nl/artikels/ziekenhuisopname-voorbereiden/"/>',
    );
    expect(xml).not.toContain('/nl/artikels/le-groupe-de-parole-reprend/');
  });
});
