import { describe, expect, it } from 'vitest';
import { encodeQuery, kindRequest } from '@portals/shared/cms';
import { journeyKind } from '@portals/shared/features/journeys/journeyKind.ts';
import { journeyPlacesOf } from '@portals/shared/features/journeys/journeyPlaces.ts';
import { journeyRoutes } from '@portals/shared/features/journeys/journeyRoutes.ts';
import { journeyDoc, journeyContext, loadJourneys } from './journeyFixtures.ts';

describe('the journeys kind', () => {
  it('selects each field of the steps, which an all-locale read of the whole array empties', () => {
    const params = encodeQuery(kindRequest(journeyKind, 'seul-avec-enfant').query);
    for (const field of ['title', 'body', 'articles', 'organisations']) {
      expect(params.get(`select[steps][${field}]`)).toBe('true');
    }
    expect(params.get('select[steps]')).toBeNull();
    expect(params.get('select[title]')).toBe('true');
  });

  it('keeps published journeys only, with their steps in the editor’s order', () => {
    const warnings: string[] = [];
    const journeys = loadJourneys(undefined, warnings);
    expect(journeys.map((journey) => journey.id)).toEqual(['1', '2']);
    expect(journeys[0]?.steps.map((step) => step.translations.fr?.title)).toEqual([
      'Trouver un accord',
      'Fixer la contribution',
      'Se loger',
    ]);
    expect(journeys[0]?.steps[1]).toMatchObject({ articleIds: ['2'], organisationIds: ['7'] });
    expect(journeys[0]?.steps[0]?.translations.fr?.bodyHtml).toContain('<p>Que faire');
    expect(warnings).toEqual([
      'journey 3 came back with _status "draft" despite the filter: skipped',
    ]);
  });

  it('leaves out a step without a title in a language, and says so', () => {
    const doc = journeyDoc(5, 'Je suis seul pour un temps', [{ title: 'Un' }, { title: 'Deux' }]);
    doc.steps[0]!.title = { fr: '' };
    const warnings: string[] = [];
    const [journey] = loadJourneys([doc], warnings);
    const [, page] = journeyRoutes(journeyContext(journey ? [journey] : []), 'fr');
    expect(page?.kind === 'journey' && page.steps.map((s) => [s.number, s.title])).toEqual([
      [1, 'Deux'],
    ]);
    expect(warnings).toEqual(['journey 5 has 1 step(s) without a fr title: not shown in fr']);
  });
});

describe('journey routes', () => {
  it('lists the journeys by their order, then gives each its page', () => {
    const routes = journeyRoutes(journeyContext(), 'fr');
    expect(routes.map((route) => route.path)).toEqual([
      '/fr/parcours/',
      '/fr/parcours/je-me-separe/',
      '/fr/parcours/je-suis-en-deuil/',
    ]);
    const [list] = routes;
    expect(list?.kind === 'journeyList' && list.journeys.map((card) => card.stepCount)).toEqual([
      3, 2,
    ]);
  });

  it('numbers the steps from 1 and resolves the pages and organisations each one needs', () => {
    const page = journeyRoutes(journeyContext(), 'fr')[1];
    if (page?.kind !== 'journey') throw new Error('no journey page');
    expect(page.steps.map((step) => [step.number, step.anchor])).toEqual([
      [1, 'etape-1'],
      [2, 'etape-2'],
      [3, 'etape-3'],
    ]);
    expect(page.steps[1]?.articles).toEqual([
      { title: 'Pension alimentaire impayée', href: '/fr/articles/pension-alimentaire-impayee/' },
    ]);
    expect(page.steps[1]?.organisations).toEqual([
      {
        name: 'Service des créances alimentaires',
        acronym: 'SECAL',
        website: 'https://finances.belgium.be',
        lang: undefined,
      },
    ]);
  });

  it('leaves out a linked article the build does not hold (unpublished, or off the portal)', () => {
    const context = journeyContext();
    const withoutHousing = {
      ...context,
      entries: {
        ...context.entries,
        articles: context.entries.articles.filter((a) => a.id !== '3'),
      },
    };
    const page = journeyRoutes(withoutHousing, 'fr')[1];
    expect(page?.kind === 'journey' && page.steps[2]?.articles).toEqual([]);
  });

  it('gives no page at all in a language without journeys', () => {
    expect(journeyRoutes(journeyContext(), 'nl')).toEqual([]);
  });
});

describe('journeyPlacesOf', () => {
  const journeys = loadJourneys();

  it('places an article at its step with the previous and next steps of the journey', () => {
    expect(journeyPlacesOf(journeys, '2', 'fr')[0]).toEqual({
      journey: { title: 'Je me sépare', href: '/fr/parcours/je-me-separe/' },
      stepNumber: 2,
      stepCount: 3,
      stepTitle: 'Fixer la contribution',
      previous: {
        number: 1,
        title: 'Trouver un accord',
        href: '/fr/parcours/je-me-separe/#etape-1',
      },
      next: { number: 3, title: 'Se loger', href: '/fr/parcours/je-me-separe/#etape-3' },
    });
  });

  it('has no previous link at the first step and no next link at the last', () => {
    expect(journeyPlacesOf(journeys, '1', 'fr')[0]).toMatchObject({ previous: null });
    expect(journeyPlacesOf(journeys, '3', 'fr')[0]).toMatchObject({ stepNumber: 3, next: null });
  });

  it('gives an article in two journeys both places, in the journeys’ order', () => {
    const places = journeyPlacesOf(journeys, '2', 'fr');
    expect(places.map((place) => [place.journey.title, place.stepNumber, place.stepCount])).toEqual(
      [
        ['Je me sépare', 2, 3],
        ['Je suis en deuil', 2, 2],
      ],
    );
  });

  it('gives nothing for an article only an unpublished journey links', () => {
    expect(journeyPlacesOf(journeys, '4', 'fr')).toEqual([]);
  });
});
