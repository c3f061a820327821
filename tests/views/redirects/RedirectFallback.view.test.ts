import { describe, expect, it } from 'vitest';
import NotFoundPage from '@portals/shared/components/NotFoundPage.astro';
import RedirectFallback from '@portals/shared/features/redirects/RedirectFallback.astro';
import { fixturePortalData, fixtureSite } from '../../fixtures/views/portalFixtures.ts';
import { headings } from '../fiches/renderFiche.ts';
import { renderView } from '../renderView.ts';

const fallback = (locale: 'fr' | 'nl', to: string) => ({
  kind: 'redirectFallback',
  to,
  locale,
  path: `/${locale}/rooming-in/`,
  canonicalPath: to,
  indexable: false,
  alternates: [],
  languageSwitch: [],
});

const render = (locale: 'fr' | 'nl', to: string) =>
  renderView(RedirectFallback, { site: fixtureSite, route: fallback(locale, to) });

describe('the fallback page at an old path', () => {
  it('sends the browser on at once, with the target as canonical link, out of search engines', async () => {
    const html = await render('fr', '/fr/articles/dormir/');
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=https://portal.test/fr/articles/dormir/">',
    );
    expect(html).toContain('<link rel="canonical" href="https://portal.test/fr/articles/dormir/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('tells the reader in the old path’s language, with a visible link to the target', async () => {
    const html = await render('nl', '/nl/artikels/slapen/');
    expect(html).toContain('<html lang="nl"');
    expect(headings(html, 1)).toEqual(['Deze pagina heeft een nieuw adres']);
    expect(html).toContain('<a href="/nl/artikels/slapen/">Naar de nieuwe pagina</a>');
  });

  it('keeps an external target as it is', async () => {
    const html = await render('fr', 'https://example.org/ailleurs');
    expect(html).toContain('content="0; url=https://example.org/ailleurs"');
    expect(html).toContain('<link rel="canonical" href="https://example.org/ailleurs">');
  });
});

describe('the suggestions of the 404 page', () => {
  it('holds a hidden list and its script inside the page, shown only by the script', async () => {
    const html = await renderView(NotFoundPage, {
      site: fixtureSite,
      data: fixturePortalData(),
      locale: 'nl',
    });
    expect(html).toMatch(
      /<section id="not-found-suggestions" aria-labelledby="not-found-suggestions-title" hidden>\s*<h2 id="not-found-suggestions-title">Deze pagina’s kunnen u interesseren<\/h2>\s*<ul><\/ul>\s*<\/section>/,
    );
    expect(html.indexOf('<script')).toBeGreaterThan(html.indexOf('not-found-suggestions'));
    expect(html.indexOf('<script')).toBeLessThan(html.indexOf('</main>'));
  });
});
