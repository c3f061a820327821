import { describe, expect, it } from 'vitest';
import { formatDate, t, uiStrings } from '@portals/shared/i18n';

describe('UI strings', () => {
  it('has every French key in Dutch and no Dutch key missing from French', () => {
    expect(Object.keys(uiStrings.nl).sort()).toEqual(Object.keys(uiStrings.fr).sort());
  });

  it('has no empty translation', () => {
    for (const strings of Object.values(uiStrings)) {
      expect(Object.entries(strings).filter(([, value]) => !value.trim())).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();
    for (const [key, french] of Object.entries(uiStrings.fr)) {
      expect([key, placeholders(uiStrings.nl[key as keyof typeof uiStrings.nl])]).toEqual([
        key,
        placeholders(french),
      ]);
    }
  });
});

describe('t', () => {
  it('fills {{name}} placeholders', () => {
    expect(t('fr')('article.publishedOn', { date: '1 avril 2026' })).toBe('Publié le 1 avril 2026');
  });

  it('picks the plural form from count', () => {
    expect(t('nl')('search.results', { count: 1, query: 'bezoek' })).toBe(
      '1 resultaat voor ‘bezoek’',
    );
    expect(t('nl')('search.results', { count: 3, query: 'bezoek' })).toBe(
      '3 resultaten voor ‘bezoek’',
    );
  });

  it('layers site overrides over the shared strings', () => {
    const overrides = { nl: { 'footer.publisher': 'Een dienst van het CDCS-CMDC' } };
    expect(t('nl', overrides)('footer.publisher')).toBe('Een dienst van het CDCS-CMDC');
    expect(t('nl', overrides)('nav.search')).toBe('Zoeken');
  });

  it('falls back to French when a Dutch string is missing', () => {
    const overrides = { nl: { 'nav.search': undefined as unknown as string } };
    expect(t('nl', overrides)('nav.search')).toBe('Rechercher');
  });
});

describe('formatDate', () => {
  it('formats in Brussels time, so a late-evening UTC date shows the next day', () => {
    expect(formatDate('2026-03-31T22:30:00Z', 'fr')).toBe('1 avril 2026');
    expect(formatDate('2026-03-31T22:30:00Z', 'nl')).toBe('1 april 2026');
  });

  it('follows winter time too (UTC+1)', () => {
    expect(formatDate('2026-01-14T23:30:00Z', 'fr')).toBe('15 janvier 2026');
    expect(formatDate('2026-01-14T22:30:00Z', 'fr')).toBe('14 janvier 2026');
  });

  it('rejects an invalid date with a readable message', () => {
    expect(() => formatDate('hier', 'fr')).toThrow('invalid date');
  });
});
