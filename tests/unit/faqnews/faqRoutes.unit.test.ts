import { describe, expect, it } from 'vitest';
import { faqFeature } from '@portals/shared/features/faq/feature.ts';
import { faqRoutes } from '@portals/shared/features/faq/faqRoutes.ts';
import { fixtureEntries, routeContext } from './faqnewsFixtures.ts';

const context = routeContext(fixtureEntries());
const [fr] = faqRoutes(context, 'fr');
const [nl] = faqRoutes(context, 'nl');

describe('the FAQ routes', () => {
  it('makes one page per language at its own segment, each the other’s alternate', () => {
    expect(fr?.path).toBe('/fr/questions-frequentes/');
    expect(nl?.path).toBe('/nl/veelgestelde-vragen/');
    expect(fr?.alternates).toEqual([
      { locale: 'fr', path: '/fr/questions-frequentes/' },
      { locale: 'nl', path: '/nl/veelgestelde-vragen/' },
    ]);
    expect(nl?.languageSwitch).toEqual([{ locale: 'fr', path: '/fr/questions-frequentes/' }]);
  });

  it('groups questions by theme in alphabetical order, other questions last', () => {
    expect(fr?.groups.map((group) => group.title)).toEqual([
      'Droits du patient',
      'Hospitalisation de l’enfant',
      'Maladie chronique',
      null,
    ]);
    expect(fr?.groups[1]?.items.map((item) => item.id)).toEqual(['12', '11']);
  });

  it('files an entry with several themes once, under its first theme', () => {
    const ids = fr?.groups.flatMap((group) => group.items.map((item) => item.id)) ?? [];
    expect(ids.filter((id) => id === '12')).toHaveLength(1);
    expect(fr?.groups.find((group) => group.themeId === '4')).toBeUndefined();
  });

  it('gives every answer and every theme a unique anchor, stable across languages', () => {
    const anchors = fr?.groups.flatMap((g) => [g.anchor, ...g.items.map((i) => i.anchor)]) ?? [];
    expect(new Set(anchors).size).toBe(anchors.length);
    const nlAnchors = nl?.groups.flatMap((g) => g.items.map((i) => i.anchor)) ?? [];
    expect(nlAnchors).toContain('faq-11');
    expect(anchors).toContain('faq-11');
  });

  it('leaves out of the Dutch page the entries without a Dutch question and answer', () => {
    const ids = nl?.groups.flatMap((group) => group.items.map((item) => item.id));
    expect(ids?.sort()).toEqual(['11', '12', '13']);
  });

  it('credits the answer to its referent organisation, in the page’s language', () => {
    const item = nl?.groups.flatMap((group) => group.items).find((i) => i.id === '13');
    expect(item?.answeredBy).toBe('Rijksinstituut voor ziekte- en invaliditeitsverzekering');
  });

  it('makes no page, and no menu entry, in a language without any entry', () => {
    const frenchOnly = routeContext({
      ...fixtureEntries(),
      faq: fixtureEntries().faq?.filter((entry) => !entry.translations.nl),
    });
    expect(faqRoutes(frenchOnly, 'nl')).toEqual([]);
    expect(faqRoutes(frenchOnly, 'fr')[0]?.alternates).toHaveLength(1);
    expect(faqFeature.entryPoints(frenchOnly, 'nl', {})).toEqual([]);
    expect(faqFeature.entryPoints(frenchOnly, 'fr', {})[0]?.href).toBe('/fr/questions-frequentes/');
  });

  it('reserves its segment in each language', () => {
    expect(faqFeature.segments('fr')).toEqual(['questions-frequentes']);
    expect(faqFeature.segments('nl')).toEqual(['veelgestelde-vragen']);
  });
});
