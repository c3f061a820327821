import { describe, expect, it } from 'vitest';
import { resolveRedirects } from '@portals/shared/kit';
import { pageOf, redirect } from './redirectFixtures.ts';

const routes = [
  pageOf('home', 'fr', '/fr/'),
  pageOf('home', 'nl', '/nl/'),
  pageOf('article', 'fr', '/fr/articles/dormir-a-l-hopital/', '7'),
  pageOf('article', 'nl', '/nl/artikels/slapen-in-het-ziekenhuis/', '7'),
  pageOf('article', 'fr', '/fr/articles/seulement-en-francais/', '8'),
  pageOf('hospital', 'fr', '/fr/hopitaux/saint-pierre/', '7'),
];
const locales = ['fr', 'nl'] as const;

describe('resolveRedirects', () => {
  it("sends a document target to its page in the record's language", () => {
    const { rules } = resolveRedirects(
      [
        redirect({
          id: '1',
          from: '/fr/rooming-in',
          toDocument: { collection: 'articles', id: '7' },
        }),
        redirect({
          id: '2',
          from: '/nl/rooming-in',
          toDocument: { collection: 'articles', id: '7' },
        }),
        redirect({
          id: '3',
          from: '/oud',
          locale: 'nl',
          toDocument: { collection: 'articles', id: '7' },
        }),
      ],
      routes,
      locales,
    );
    expect(rules).toEqual([
      { from: '/fr/rooming-in', to: '/fr/articles/dormir-a-l-hopital/', status: 301, locale: 'fr' },
      {
        from: '/nl/rooming-in',
        to: '/nl/artikels/slapen-in-het-ziekenhuis/',
        status: 301,
        locale: 'nl',
      },
      { from: '/oud', to: '/nl/artikels/slapen-in-het-ziekenhuis/', status: 301, locale: 'nl' },
    ]);
  });

  it("follows a renamed document: the rule names the route table's current path", () => {
    const renamed = routes.map((route) =>
      route.path === '/fr/articles/dormir-a-l-hopital/'
        ? { ...route, path: '/fr/articles/passer-la-nuit/' }
        : route,
    );
    const { rules } = resolveRedirects(
      [
        redirect({
          id: '1',
          from: '/fr/rooming-in',
          toDocument: { collection: 'articles', id: '7' },
        }),
      ],
      renamed,
      locales,
    );
    expect(rules[0]?.to).toBe('/fr/articles/passer-la-nuit/');
  });

  it('tells documents of different collections with the same id apart', () => {
    const { rules } = resolveRedirects(
      [redirect({ id: '1', from: '/fr/sp', toDocument: { collection: 'hospitals', id: '7' } })],
      routes,
      locales,
    );
    expect(rules[0]?.to).toBe('/fr/hopitaux/saint-pierre/');
  });

  it('falls back to the page of another language when the document has none in its own', () => {
    const { rules } = resolveRedirects(
      [redirect({ id: '1', from: '/nl/oud', toDocument: { collection: 'articles', id: '8' } })],
      routes,
      locales,
    );
    expect(rules[0]?.to).toBe('/fr/articles/seulement-en-francais/');
  });

  it('adds the slash of the page a path target names, and keeps external addresses', () => {
    const { rules } = resolveRedirects(
      [
        redirect({ id: '1', from: '/fr/accueil.html', toPath: '/fr' }),
        redirect({ id: '2', from: '/fr/ailleurs', toPath: 'https://example.org/page' }),
      ],
      routes,
      locales,
    );
    expect(rules.map((rule) => rule.to)).toEqual(['/fr/', 'https://example.org/page']);
  });

  it('collapses a chain of redirects into one hop, keeping each status', () => {
    const { rules } = resolveRedirects(
      [
        redirect({ id: '1', from: '/a', toPath: '/b', status: 302 }),
        redirect({ id: '2', from: '/b', toPath: '/c' }),
        redirect({ id: '3', from: '/c', toPath: '/fr/' }),
      ],
      routes,
      locales,
    );
    expect(rules.map(({ from, to, status }) => `${from} ${to} ${status}`)).toEqual([
      '/a /fr/ 302',
      '/b /fr/ 301',
      '/c /fr/ 301',
    ]);
  });

  it('leaves out a loop, naming each record caught in it', () => {
    const { rules, warnings } = resolveRedirects(
      [
        redirect({ id: '1', from: '/a', toPath: '/b' }),
        redirect({ id: '2', from: '/b', toPath: '/a' }),
        redirect({ id: '3', from: '/self', toPath: '/self' }),
        redirect({ id: '4', from: '/ok', toPath: '/fr/' }),
      ],
      routes,
      locales,
    );
    expect(rules.map((rule) => rule.from)).toEqual(['/ok']);
    expect(warnings).toEqual([
      'redirect 1 (/a): leads back to itself (/a → /b → /a): left out',
      'redirect 2 (/b): leads back to itself (/b → /a → /b): left out',
      'redirect 3 (/self): leads back to itself (/self → /self): left out',
    ]);
  });

  it('leaves out a redirect shadowing a live page, with or without its slash', () => {
    const { rules, warnings } = resolveRedirects(
      [
        redirect({ id: '5', from: '/fr/articles/dormir-a-l-hopital/', toPath: '/fr/' }),
        redirect({ id: '6', from: '/fr/hopitaux/saint-pierre', toPath: '/fr/' }),
      ],
      routes,
      locales,
    );
    expect(rules).toEqual([]);
    expect(warnings).toEqual([
      'redirect 5 (/fr/articles/dormir-a-l-hopital/): a page lives at this path: left out',
      'redirect 6 (/fr/hopitaux/saint-pierre): a page lives at this path: left out',
    ]);
  });

  it('keeps an old path with a query string even where a page lives at its path', () => {
    const { rules } = resolveRedirects(
      [redirect({ id: '1', from: '/?p=123', toDocument: { collection: 'articles', id: '7' } })],
      routes,
      locales,
    );
    expect(rules).toEqual([
      { from: '/?p=123', to: '/fr/articles/dormir-a-l-hopital/', status: 301, locale: 'fr' },
    ]);
  });

  it('leaves out a redirect to a document the portal does not show, and a repeated old path', () => {
    const { rules, warnings } = resolveRedirects(
      [
        redirect({ id: '1', from: '/x', toDocument: { collection: 'faq', id: '99' } }),
        redirect({ id: '2', from: '/y', toPath: '/fr/' }),
        redirect({ id: '3', from: '/y', toPath: '/nl/' }),
      ],
      routes,
      locales,
    );
    expect(rules.map((rule) => rule.to)).toEqual(['/fr/']);
    expect(warnings).toEqual([
      'redirect 1 (/x): faq 99 has no page on this portal: left out',
      'redirect 3 (/y): another redirect has the same old path: left out',
    ]);
  });
});
