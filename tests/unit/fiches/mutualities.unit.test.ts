import { describe, expect, it } from 'vitest';
import { mutualityTopics } from '@portals/content-models/collections';
import { untranslatedLinks } from '../../../shared/src/fiches/index.ts';
import { mutualitiesFeature } from '../../../shared/src/features/mutualities/feature.ts';
import { groupByUnion } from '../../../shared/src/features/mutualities/groupByUnion.ts';
import {
  mutualityFields,
  siteMutualitySchema,
} from '../../../shared/src/features/mutualities/kind.ts';
import { mutualityPath } from '../../../shared/src/features/mutualities/paths.ts';
import { ficheContext, mutualityEntries } from '../../fixtures/fiches/ficheFixtures.ts';

const context = ficheContext();
const { entries: mutualities, warnings } = mutualityEntries();
const byId = (id: string) => mutualities.find((m) => m.id === id)!;
const routesIn = (locale: 'fr' | 'nl') => mutualitiesFeature.routes!(context, locale);

describe('mutuality content kind', () => {
  it('requests the seven topics in the order of the model', () => {
    expect(mutualityFields.filter((field) => field in mutualityTopics)).toEqual(
      Object.keys(mutualityTopics),
    );
  });

  it('maps every fixture document to an entry the content layer accepts', () => {
    expect(mutualities.map((m) => m.id)).toEqual(['11', '12', '13', '14']);
    for (const entry of mutualities) expect(siteMutualitySchema.parse(entry)).toEqual(entry);
    expect(warnings).toEqual([]);
  });

  it('keeps a Dutch-only fiche in Dutch only', () => {
    expect(byId('12').availableLocales).toEqual(['nl']);
    expect(byId('12').translations.nl?.sections.map((s) => s.key)).toEqual([
      'hospitalisation',
      'reimbursements',
    ]);
  });

  it('gives the opening hours per language, empty when there are none', () => {
    expect(byId('11').translations.nl?.openingHours).toBe(
      'Maandag tot vrijdag, 9 – 12 uur\nDinsdag tot 18 uur',
    );
    expect(byId('14').translations.fr?.openingHours).toBe('');
  });

  it('links a topic written in French only from the Dutch fiche', () => {
    expect(untranslatedLinks(byId('14'), 'nl', mutualityPath, mutualityTopics)).toEqual([
      {
        lang: 'fr',
        links: [
          { label: 'Sociale dienst', href: '/fr/mutualites/mc-antenne-d-uccle/#service-social' },
        ],
      },
    ]);
  });
});

describe('mutuality routes', () => {
  it('has a list per language and one fiche per antenna written in it', () => {
    expect(routesIn('fr').map((r) => r.path)).toEqual([
      '/fr/mutualites/',
      '/fr/mutualites/mc-antenne-du-centre/',
      '/fr/mutualites/solidaris-antenne-de-l-ouest/',
      '/fr/mutualites/mc-antenne-d-uccle/',
    ]);
    expect(routesIn('nl').map((r) => r.path)).toEqual([
      '/nl/ziekenfondsen/',
      '/nl/ziekenfondsen/cm-kantoor-centrum/',
      '/nl/ziekenfondsen/helan-kantoor-noord/',
      '/nl/ziekenfondsen/cm-kantoor-ukkel/',
    ]);
  });

  it('gives a Dutch-only fiche no French page and a language switch to the French list', () => {
    const route = routesIn('nl').find((r) => r.path === '/nl/ziekenfondsen/helan-kantoor-noord/')!;
    expect(route.alternates).toEqual([
      { locale: 'nl', path: '/nl/ziekenfondsen/helan-kantoor-noord/' },
    ]);
    expect(route.languageSwitch).toEqual([{ locale: 'fr', path: '/fr/mutualites/' }]);
  });

  it('groups the French list by union and names the Dutch-only antenna, linked in Dutch', () => {
    const groups = groupByUnion(mutualities, 'fr');
    expect(groups.map((g) => [g.label, g.antennas.map((a) => a.name)])).toEqual([
      [
        'Mutualités chrétiennes',
        [
          'Mutualité chrétienne – antenne d’Uccle (démo)',
          'Mutualité chrétienne – antenne du Centre (démo)',
        ],
      ],
      ['Mutualités socialistes – Solidaris', ['Solidaris – antenne de l’Ouest (démo)']],
      ['Mutualités libres', ['Helan – kantoor Noord (demo)']],
    ]);
    expect(groups[2]?.antennas[0]).toMatchObject({
      href: '/nl/ziekenfondsen/helan-kantoor-noord/',
      otherLang: 'nl',
    });
  });

  it('takes its first URL segment, names its documents and offers a menu entry', () => {
    expect(mutualitiesFeature.segments!('fr')).toEqual(['mutualites']);
    expect(mutualitiesFeature.segments!('nl')).toEqual(['ziekenfondsen']);
    expect(mutualitiesFeature.describe!(routesIn('nl')[2]!)).toBe('mutuality 12');
    expect(mutualitiesFeature.entryPoints!(context, 'fr', {})[0]).toMatchObject({
      title: 'Mutualités partenaires',
      href: '/fr/mutualites/',
    });
    expect(mutualitiesFeature.entryPoints!(context, 'nl', {})[0]?.title).toBe(
      'Partnerziekenfondsen',
    );
  });
});
