import { describe, expect, it } from 'vitest';
import { MissingTranslationError } from '@portals/shared/site';
import { untranslatedLinks } from '../../../shared/src/fiches/index.ts';
import { ficheListing } from '../../../shared/src/fiches/ficheLinks.ts';
import { compareSection } from '../../../shared/src/features/hospitals/compareSection.ts';
import { hospitalsFeature } from '../../../shared/src/features/hospitals/feature.ts';
import { hospitalUrl } from '../../../shared/src/features/hospitals/hospitalUrl.ts';
import { hospitalPath } from '../../../shared/src/features/hospitals/paths.ts';
import { hospitalSections } from '@portals/content-models/collections';
import type { RouteOf, SiteRoute } from '../../../shared/src/kit/contract.ts';
import { ficheContext, hospitalEntries } from '../../fixtures/fiches/ficheFixtures.ts';

const context = ficheContext();
const routesIn = (locale: 'fr' | 'nl') => hospitalsFeature.routes!(context, locale);
const all = [...routesIn('fr'), ...routesIn('nl')];
const find = (path: string): SiteRoute => {
  const route = all.find((r) => r.path === path);
  if (!route) throw new Error(`no route at ${path}`);
  return route;
};
const hospitals = hospitalEntries().entries;
const etangs = hospitals.find((h) => h.id === '665f1c2ab0e4d1a2b3c4d5e7')!;

describe('hospital routes', () => {
  it('gives every page its own path', () => {
    const paths = all.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('has a list page in each language, alternates of each other', () => {
    expect(find('/fr/hopitaux/').kind).toBe('hospitalList');
    expect(find('/nl/ziekenhuizen/').alternates).toEqual([
      { locale: 'fr', path: '/fr/hopitaux/' },
      { locale: 'nl', path: '/nl/ziekenhuizen/' },
    ]);
  });

  it('has one fiche per hospital written in the language, with its alternates', () => {
    const fiches = (locale: 'fr' | 'nl') =>
      routesIn(locale).flatMap((r) => (r.kind === 'hospital' ? [r.path] : []));
    expect(fiches('fr')).toEqual([
      '/fr/hopitaux/hopital-des-tilleuls/',
      '/fr/hopitaux/clinique-du-parc/',
      '/fr/hopitaux/centre-hospitalier-des-etangs/',
    ]);
    expect(fiches('nl')).toEqual([
      '/nl/ziekenhuizen/ziekenhuis-de-linden/',
      '/nl/ziekenhuizen/parkkliniek/',
    ]);
    expect(find('/fr/hopitaux/hopital-des-tilleuls/').alternates).toEqual([
      { locale: 'fr', path: '/fr/hopitaux/hopital-des-tilleuls/' },
      { locale: 'nl', path: '/nl/ziekenhuizen/ziekenhuis-de-linden/' },
    ]);
  });

  it('switches language from a French-only fiche to the Dutch list, which names it', () => {
    const route = find('/fr/hopitaux/centre-hospitalier-des-etangs/');
    expect(route.alternates).toEqual([
      { locale: 'fr', path: '/fr/hopitaux/centre-hospitalier-des-etangs/' },
    ]);
    expect(route.languageSwitch).toEqual([{ locale: 'nl', path: '/nl/ziekenhuizen/' }]);
    const dutchList = ficheListing(hospitals, 'nl', hospitalPath);
    expect(dutchList.at(-1)).toMatchObject({
      name: 'Centre hospitalier des Étangs (démo)',
      href: '/fr/hopitaux/centre-hospitalier-des-etangs/',
      otherLang: 'fr',
    });
  });

  it('refuses a link to a fiche in a language it lacks, saying how to fix it', () => {
    expect(() => hospitalUrl(etangs, 'nl')).toThrow(MissingTranslationError);
    expect(() => hospitalUrl(etangs, 'nl')).toThrow(
      /hospital 665f1c2ab0e4d1a2b3c4d5e7 \("Centre hospitalier des Étangs \(démo\)"\) in Nederlands \(nl\)/,
    );
  });

  it('has a comparison page per section some hospital has in the language, in fixed order', () => {
    const sections = (locale: 'fr' | 'nl') =>
      routesIn(locale).flatMap((r) => (r.kind === 'hospitalSection' ? [r.path] : []));
    expect(sections('fr')).toEqual([
      '/fr/hopitaux/par-service/maternite/',
      '/fr/hopitaux/par-service/urgences-pediatriques/',
      '/fr/hopitaux/par-service/pedopsychiatrie/',
      '/fr/hopitaux/par-service/ecole-a-l-hopital/',
    ]);
    expect(sections('nl')).toEqual([
      '/nl/ziekenhuizen/per-dienst/materniteit/',
      '/nl/ziekenhuizen/per-dienst/pediatrische-spoedgevallen/',
      '/nl/ziekenhuizen/per-dienst/school-in-het-ziekenhuis/',
    ]);
    const hub = find('/fr/hopitaux/par-service/') as RouteOf<'hospitalSectionHub'>;
    expect(hub.sections).toEqual([
      'maternity',
      'paediatricEmergencies',
      'childPsychiatry',
      'hospitalSchool',
    ]);
  });

  it('sends the language switch of a section missing in Dutch to the Dutch hub', () => {
    const route = find('/fr/hopitaux/par-service/pedopsychiatrie/');
    expect(route.alternates.map((link) => link.locale)).toEqual(['fr']);
    expect(route.languageSwitch).toEqual([{ locale: 'nl', path: '/nl/ziekenhuizen/per-dienst/' }]);
  });

  it('compares a section across hospitals by name, linking to the section in each fiche', () => {
    const french = compareSection(hospitals, 'maternity', 'fr');
    expect(french.map((item) => [item.name, item.href, item.otherLang])).toEqual([
      [
        'Centre hospitalier des Étangs (démo)',
        '/fr/hopitaux/centre-hospitalier-des-etangs/#maternite',
        null,
      ],
      ['Clinique du Parc (démo)', '/fr/hopitaux/clinique-du-parc/#maternite', null],
      ['Hôpital des Tilleuls (démo)', '/fr/hopitaux/hopital-des-tilleuls/#maternite', null],
    ]);
    const dutch = compareSection(hospitals, 'maternity', 'nl');
    expect(dutch.map((item) => [item.href, item.otherLang])).toEqual([
      ['/nl/ziekenhuizen/parkkliniek/#materniteit', null],
      ['/nl/ziekenhuizen/ziekenhuis-de-linden/#materniteit', null],
      ['/fr/hopitaux/centre-hospitalier-des-etangs/#maternite', 'fr'],
    ]);
  });

  it('links the untranslated sections of a fiche to the other language’s text', () => {
    const tilleuls = hospitals.find((h) => h.id === '1')!;
    expect(untranslatedLinks(tilleuls, 'nl', hospitalPath, hospitalSections)).toEqual([
      {
        lang: 'fr',
        links: [
          {
            label: 'Kinderpsychiatrie',
            href: '/fr/hopitaux/hopital-des-tilleuls/#pedopsychiatrie',
          },
        ],
      },
    ]);
  });

  it('takes its first URL segment, names its documents and offers a menu entry', () => {
    expect(hospitalsFeature.segments!('fr')).toEqual(['hopitaux']);
    expect(hospitalsFeature.segments!('nl')).toEqual(['ziekenhuizen']);
    expect(hospitalsFeature.describe!(find('/nl/ziekenhuizen/parkkliniek/'))).toBe('hospital 2');
    expect(hospitalsFeature.entryPoints!(context, 'nl', {})).toEqual([
      expect.objectContaining({ title: 'Partnerziekenhuizen', href: '/nl/ziekenhuizen/' }),
    ]);
    expect(hospitalsFeature.entryPoints!(context, 'fr', {})[0]?.title).toBe('Hôpitaux partenaires');
  });
});
