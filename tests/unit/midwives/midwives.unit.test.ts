import { describe, expect, it } from 'vitest';
import type { RouteContext, RouteOf } from '@portals/shared/kit';
import { midwivesRoutes } from '@portals/shared/features/midwives/midwivesRoutes.ts';
import { languageList, languageName } from '@portals/shared/features/midwives/midwifeWords.ts';
import { midwivesFacetPath } from '@portals/shared/features/midwives/midwivesPaths.ts';
import { defaultUnionSearch } from '@portals/shared/features/midwives/unionSearch.ts';
import { fixtureMidwives, midwivesContext } from './midwivesFixtures.ts';

const routesIn = (locale: 'fr' | 'nl') =>
  midwivesRoutes(midwivesContext(), locale, defaultUnionSearch);
const lists = (locale: 'fr' | 'nl') =>
  routesIn(locale).filter((route): route is RouteOf<'midwifeList'> => route.kind === 'midwifeList');

describe('languageName', () => {
  it('names a language in lower case in French and capitalised in Dutch', () => {
    expect(languageName('ar', 'fr')).toBe('arabe');
    expect(languageName('ar', 'nl')).toBe('Arabisch');
  });

  it('names Berber, which Intl does not know, from the CMS list', () => {
    expect(languageName('ber', 'fr')).toBe('berbère');
    expect(languageName('ber', 'nl')).toBe('Berbers');
  });

  it('joins the languages spoken as one phrase in the reader’s language', () => {
    expect(languageList(['fr', 'ar', 'tr'], 'fr')).toBe('français, arabe et turc');
    expect(languageList(['fr', 'ar', 'tr'], 'nl')).toBe('Frans, Arabisch en Turks');
  });
});

describe('midwivesRoutes', () => {
  it('gives one list per language spoken and per commune covered, and no other', () => {
    expect(lists('fr').map((route) => route.path)).toEqual([
      '/fr/sages-femmes/',
      '/fr/sages-femmes/langue/en/',
      '/fr/sages-femmes/langue/ar/',
      '/fr/sages-femmes/langue/ber/',
      '/fr/sages-femmes/langue/fr/',
      '/fr/sages-femmes/langue/nl/',
      '/fr/sages-femmes/langue/tr/',
      '/fr/sages-femmes/commune/anderlecht/',
      '/fr/sages-femmes/commune/evere/',
      '/fr/sages-femmes/commune/schaerbeek/',
    ]);
  });

  it('names a Dutch commune page after the Dutch name of the commune', () => {
    expect(midwivesFacetPath('nl', 'commune', 'schaerbeek')).toBe(
      '/nl/vroedvrouwen/gemeente/schaarbeek/',
    );
    expect(lists('nl').map((route) => route.path)).toContain(
      '/nl/vroedvrouwen/gemeente/schaarbeek/',
    );
  });

  it('keeps on a language page only the midwives who speak it', () => {
    const arabic = lists('fr').find((route) => route.path === '/fr/sages-femmes/langue/ar/');
    expect(arabic?.filter).toEqual({ facet: 'language', value: 'ar', label: 'arabe' });
    expect(arabic?.midwives.map((midwife) => midwife.name)).toEqual(['Yasmina Test (démo)']);
  });

  it('counts the midwives behind each filter link', () => {
    const [list] = lists('fr');
    const schaerbeek = list?.facets.communes.find((link) => link.value === 'schaerbeek');
    expect(schaerbeek).toMatchObject({ label: 'Schaerbeek', count: 2 });
  });

  it('gives each midwife a page named after her, linked to its Dutch version', () => {
    const page = routesIn('fr').find(
      (route) => route.kind === 'midwife' && route.midwife.id === '3',
    );
    expect(page?.path).toBe('/fr/sages-femmes/elise-anderson-demo/');
    expect(page?.alternates.map((link) => link.path)).toEqual([
      '/fr/sages-femmes/elise-anderson-demo/',
      '/nl/vroedvrouwen/elise-anderson-demo/',
    ]);
  });

  it('gives namesakes one page each: the oldest keeps the address of her name', () => {
    const [first] = fixtureMidwives();
    if (!first) throw new Error('no fixture midwife');
    const namesake = (id: string) => ({ ...first, id });
    const context = {
      locales: ['fr', 'nl'] as const,
      entries: { midwives: [namesake('120'), namesake('9'), namesake('31')] },
    } as unknown as RouteContext;
    const pages = midwivesRoutes(context, 'fr', defaultUnionSearch).filter(
      (route): route is RouteOf<'midwife'> => route.kind === 'midwife',
    );
    const pathOf = (id: string) => pages.find((page) => page.midwife.id === id)?.path;
    const base = `/fr/sages-femmes/${first.slug}`;
    expect([pathOf('9'), pathOf('31'), pathOf('120')]).toEqual([
      `${base}/`,
      `${base}-31/`,
      `${base}-120/`,
    ]);
    const [list] = midwivesRoutes(context, 'fr', defaultUnionSearch);
    const listed = list?.kind === 'midwifeList' ? list.midwives.map((m) => m.slug) : [];
    expect(listed.sort()).toEqual([first.slug, `${first.slug}-120`, `${first.slug}-31`]);
  });

  it('reads a midwife without contact details or French availability', () => {
    const fien = fixtureMidwives().find((midwife) => midwife.id === '2');
    expect(fien?.availability).toEqual({ nl: 'Op maandag.' });
    const elise = fixtureMidwives().find((midwife) => midwife.id === '3');
    expect(elise).toMatchObject({ phone: null, email: null, website: null });
  });
});
