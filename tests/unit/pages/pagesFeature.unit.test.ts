import { describe, expect, it } from 'vitest';
import type { RouteContext } from '../../../shared/src/kit/contract.ts';
import { pagesFeature } from '../../../shared/src/features/pages/index.ts';
import { kitEntries } from '@portals/shared/kit';

const context = {
  locales: ['fr', 'nl'] as RouteContext['locales'],
  entries: kitEntries({}),
} satisfies RouteContext;
const routesIn = (locale: 'fr' | 'nl') => pagesFeature.routes?.(context, locale) ?? [];

describe('pagesFeature', () => {
  it('gives every language its accessibility, privacy, contact, terms and site map pages', () => {
    expect(routesIn('fr').map((route) => route.path)).toEqual([
      '/fr/accessibilite/',
      '/fr/vie-privee/',
      '/fr/contact/',
      '/fr/conditions-d-utilisation/',
      '/fr/plan-du-site/',
    ]);
    expect(routesIn('nl').map((route) => route.path)).toEqual([
      '/nl/toegankelijkheid/',
      '/nl/privacy/',
      '/nl/contact/',
      '/nl/gebruiksvoorwaarden/',
      '/nl/sitemap/',
    ]);
  });

  it('links each page to its other language in hreflang and the language switch', () => {
    const privacy = routesIn('nl')[1];
    expect(privacy).toMatchObject({
      kind: 'footerPage',
      page: 'privacy',
      indexable: true,
      canonicalPath: '/nl/privacy/',
      alternates: [
        { locale: 'fr', path: '/fr/vie-privee/' },
        { locale: 'nl', path: '/nl/privacy/' },
      ],
      languageSwitch: [{ locale: 'fr', path: '/fr/vie-privee/' }],
    });
  });

  it('has no hreflang alternate on a French-only portal, not even itself (issue #11)', () => {
    const [accessibility] = pagesFeature.routes?.({ ...context, locales: ['fr'] }, 'fr') ?? [];
    expect(accessibility?.path).toBe('/fr/accessibilite/');
    expect(accessibility?.alternates).toEqual([]);
    expect(accessibility?.languageSwitch).toEqual([]);
  });

  it('reserves its first segments so no section slug takes them', () => {
    expect(pagesFeature.segments?.('fr')).toEqual([
      'accessibilite',
      'vie-privee',
      'contact',
      'conditions-d-utilisation',
      'plan-du-site',
    ]);
    expect(pagesFeature.segments?.('nl')).toContain('sitemap');
  });

  it('names its routes for build errors', () => {
    const [accessibility, , , , siteMap] = routesIn('fr');
    expect(accessibility && pagesFeature.describe?.(accessibility)).toBe(
      'footer page "accessibility"',
    );
    expect(siteMap && pagesFeature.describe?.(siteMap)).toBe('site map');
  });
});
