import { describe, expect, it } from 'vitest';
import { newsFeature } from '@portals/shared/features/news/feature.ts';
import { newsRoutes } from '@portals/shared/features/news/newsRoutes.ts';
import { pageWindow, paginate } from '@portals/shared/features/news/paginate.ts';
import { newsArticle, routeContext } from './faqnewsFixtures.ts';

// 23 news in French, of which 12 also in Dutch; one page that is not news.
const articles = [
  ...Array.from({ length: 23 }, (_, i) => newsArticle(i + 1, { nl: i < 12 })),
  { ...newsArticle(99), kind: 'page' as const },
];
const context = routeContext({ articles });
const pagesOf = (locale: 'fr' | 'nl') =>
  newsRoutes(context, locale).flatMap((route) => (route.kind === 'newsPage' ? [route] : []));

describe('the news routes', () => {
  it('lists news only, ten per page, newest first', () => {
    const pages = pagesOf('fr');
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
    expect(pages[0]?.items[0]?.title).toBe('Nouvelle 23');
    expect(pages.flatMap((page) => page.items).some((item) => item.id === '99')).toBe(false);
  });

  it('puts the first page at the segment and the next ones under their number', () => {
    expect(pagesOf('fr').map((page) => page.path)).toEqual([
      '/fr/actualites/',
      '/fr/actualites/2/',
      '/fr/actualites/3/',
    ]);
    expect(pagesOf('nl')[0]?.path).toBe('/nl/nieuws/');
  });

  it('links each page to the previous and next ones', () => {
    const [first, second, third] = pagesOf('fr');
    expect(first?.pagination).toMatchObject({ prevPath: null, nextPath: '/fr/actualites/2/' });
    expect(second?.pagination).toMatchObject({
      page: 2,
      pageCount: 3,
      prevPath: '/fr/actualites/',
      nextPath: '/fr/actualites/3/',
    });
    expect(third?.pagination.nextPath).toBeNull();
  });

  it('lists French-only news in Dutch as fallback pages, marked as French', () => {
    const items = pagesOf('nl').flatMap((page) => page.items);
    expect(items).toHaveLength(23);
    const french = items.find((item) => item.id === '23');
    expect(french).toMatchObject({ inOtherLanguage: true, lang: 'fr' });
    expect(french?.href).toBe('/nl/artikels/nouvelle-23/');
  });

  it('keeps the feed to the news written in its language', () => {
    const feed = newsRoutes(context, 'nl').find((route) => route.kind === 'newsFeed');
    expect(feed?.path).toBe('/nl/nieuws/rss.xml');
    expect(feed?.file).toEqual({ contentType: 'application/xml; charset=utf-8' });
    expect(feed?.indexable).toBe(false);
    expect(feed?.items.map((item) => item.id)).toHaveLength(12);
  });

  it('gives a page its alternate only where the other language has as many pages', () => {
    const dutchOnly = newsArticle(50);
    delete dutchOnly.translations.fr;
    dutchOnly.availableLocales = ['nl'];
    const longerInDutch = routeContext({
      articles: [...Array.from({ length: 10 }, (_, i) => newsArticle(i + 1)), dutchOnly],
    });
    const [, second] = newsRoutes(longerInDutch, 'nl');
    expect(second?.path).toBe('/nl/nieuws/2/');
    expect(second?.alternates).toEqual([{ locale: 'nl', path: '/nl/nieuws/2/' }]);
    expect(second?.languageSwitch).toEqual([{ locale: 'fr', path: '/fr/actualites/' }]);
    const [first] = newsRoutes(longerInDutch, 'fr');
    expect(first?.alternates.map((link) => link.path)).toEqual(['/fr/actualites/', '/nl/nieuws/']);
  });

  it('makes no list, feed or menu entry in a language without news', () => {
    const none = routeContext({ articles: [{ ...newsArticle(1), kind: 'focus' }] });
    expect(newsRoutes(none, 'fr')).toEqual([]);
    expect(newsFeature.entryPoints(none, 'fr', {})).toEqual([]);
    expect(newsFeature.entryPoints(context, 'nl', {})[0]?.href).toBe('/nl/nieuws/');
  });
});

describe('paginate and pageWindow', () => {
  it('always makes at least one page', () => {
    expect(paginate([], 10)).toEqual([[]]);
    expect(paginate([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });

  it('shows the first, last and nearby pages, with gaps between', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow('paginate: 0 per page');
  });
});
