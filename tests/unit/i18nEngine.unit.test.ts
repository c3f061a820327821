import { describe, expect, it } from 'vitest';
import { createTranslator, t, type UiOverrides } from '@portals/shared/i18n';

// Keys outside fr.json, added through overrides to exercise the plural rules.
const plurals = {
  fr: {
    'directory.count_zero': 'Aucune organisation',
    'test.items_one': '{{count}} élément',
    'test.items_many': '{{count}} d’éléments',
    'test.items_other': '{{count}} éléments',
  },
  nl: {},
} as unknown as UiOverrides;

describe('t through i18next', () => {
  it('uses the _zero form when count is 0 and one exists', () => {
    expect(t('fr', plurals)('directory.count', { count: 0 })).toBe('Aucune organisation');
  });

  it('uses the plural category otherwise when count is 0 and no _zero form exists', () => {
    expect(t('fr')('directory.count', { count: 0 })).toBe('0 organisation');
    expect(t('nl')('directory.count', { count: 0 })).toBe('0 organisaties');
  });

  it('picks plural categories by each language’s rules', () => {
    const translate = t('fr', plurals) as (key: string, options?: object) => string;
    expect(translate('test.items', { count: 1 })).toBe('1 élément');
    // French puts 1,000,000 in the "many" category.
    expect(translate('test.items', { count: 1_000_000 })).toBe('1000000 d’éléments');
    expect(translate('test.items', { count: 2 })).toBe('2 éléments');
  });

  it('returns the key itself when no language has it', () => {
    const translate = t('nl') as (key: string) => string;
    expect(translate('nowhere.toBeFound')).toBe('nowhere.toBeFound');
  });

  it('leaves a placeholder nobody filled in place', () => {
    expect(t('fr')('article.publishedOn')).toBe('Publié le {{date}}');
    expect(t('fr')('search.results', { count: 2 })).toBe('2 résultats pour « {{query}} »');
  });

  it('does not escape HTML, which Astro escapes when it prints', () => {
    expect(t('fr')('article.publishedOn', { date: '<b>1 avril</b>' })).toBe(
      'Publié le <b>1 avril</b>',
    );
  });

  it('prefers the Dutch shared string to a French override on a Dutch page', () => {
    const overrides: UiOverrides = { fr: { 'nav.search': 'Chercher' } };
    expect(t('nl', overrides)('nav.search')).toBe('Zoeken');
    expect(t('fr', overrides)('nav.search')).toBe('Chercher');
  });

  it('falls back to the French override when a Dutch string is removed', () => {
    const overrides = {
      fr: { 'nav.search': 'Chercher' },
      nl: { 'nav.search': undefined },
    } as unknown as UiOverrides;
    expect(t('nl', overrides)('nav.search')).toBe('Chercher');
  });

  it('keeps two sites’ overrides apart', () => {
    const one: UiOverrides = { fr: { 'footer.publisher': 'Un' } };
    const two: UiOverrides = { fr: { 'footer.publisher': 'Deux' } };
    expect(t('fr', one)('footer.publisher')).toBe('Un');
    expect(t('fr', two)('footer.publisher')).toBe('Deux');
    expect(t('fr')('footer.publisher')).toBe('{{portal}}');
  });

  it('memoises a string asked without options apart from the same string with options', () => {
    const translate = createTranslator('nl');
    expect(translate('site.homeLink')).toBe('{{portal}} – startpagina');
    expect(translate('site.homeLink', { portal: 'X' })).toBe('X – startpagina');
    expect(translate('site.homeLink')).toBe('{{portal}} – startpagina');
    expect(translate('nav.home')).toBe('Startpagina');
  });

  it('returns one cached function per locale and override set', () => {
    expect(t('fr')).toBe(t('fr'));
    expect(t('fr')).not.toBe(t('nl'));
  });
});

describe('override namespaces', () => {
  it('treats an override set rebuilt as a new object like the first one', () => {
    const make = (): UiOverrides => ({ fr: { 'nav.home': 'Départ' } });
    expect(t('fr', make())('nav.home')).toBe('Départ');
    expect(t('fr', make())('nav.home')).toBe('Départ');
  });

  it('tells a removed string apart from an absent one', () => {
    const removed = { fr: { 'nav.home': 'Départ' }, nl: { 'nav.home': undefined } };
    expect(t('nl', removed as unknown as UiOverrides)('nav.home')).toBe('Départ');
    expect(t('nl', { fr: { 'nav.home': 'Départ' }, nl: {} })('nav.home')).toBe('Startpagina');
  });
});
