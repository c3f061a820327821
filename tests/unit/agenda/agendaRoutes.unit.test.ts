import { describe, expect, it } from 'vitest';
import {
  agendaRoutes,
  type AgendaCalendarRoute,
  type AgendaItemRoute,
  type AgendaListRoute,
} from '@portals/shared/features/agenda/agendaRoutes.ts';
import { createAgendaFeature, nextAgendaItems } from '@portals/shared/features/agenda/feature.ts';
import { agendaItems, buildTime, itemById } from './agendaFixtures.ts';
import { kitEntries } from '@portals/shared/kit';

const locales = ['fr', 'nl'] as const;
const routesAt = (now: Date, locale: 'fr' | 'nl' = 'fr', items = agendaItems()) =>
  agendaRoutes(items, locales, locale, now);
interface ByKind {
  agendaList: AgendaListRoute;
  agendaItem: AgendaItemRoute;
  agendaCalendar: AgendaCalendarRoute;
}
const route = <K extends keyof ByKind>(
  routes: ReturnType<typeof agendaRoutes>,
  kind: K,
  path: string,
) => {
  const found = routes.find((candidate) => candidate.kind === kind && candidate.path === path);
  if (!found) throw new Error(`no ${kind} route at ${path}`);
  return found as ByKind[K];
};
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('agenda routes', () => {
  it('lists upcoming items of the language, the next first', () => {
    expect(ids(route(routesAt(buildTime), 'agendaList', '/fr/agenda/').items)).toEqual([
      '11',
      '14',
      '12',
    ]);
    expect(ids(route(routesAt(buildTime, 'nl'), 'agendaList', '/nl/agenda/').items)).toEqual([
      '11',
      '14',
      '12',
    ]);
  });

  it('archives ended items, the most recent first, only in their languages', () => {
    const archive = (locale: 'fr' | 'nl') =>
      route(
        routesAt(buildTime, locale),
        'agendaList',
        `/${locale}/agenda/${locale === 'fr' ? 'archives' : 'archief'}/`,
      );
    expect(ids(archive('fr').items)).toEqual(['13', '15']);
    expect(ids(archive('nl').items)).toEqual(['15']);
    expect(archive('fr').view).toBe('archive');
  });

  it('keeps an item under way in the upcoming list until it ends', () => {
    const during = new Date('2026-03-10T15:59:00.000Z');
    const after = new Date('2026-03-10T16:00:00.000Z');
    expect(ids(route(routesAt(during), 'agendaList', '/fr/agenda/').items)).toContain('11');
    expect(ids(route(routesAt(after), 'agendaList', '/fr/agenda/').items)).not.toContain('11');
  });

  it('keeps an all-day item upcoming until the end of its last day in Brussels', () => {
    // Item 12 runs on 18 and 19 April 2026; Brussels midnight is 22:00 UTC in summer.
    const lastEvening = new Date('2026-04-19T21:59:59.000Z');
    const nextDay = new Date('2026-04-19T22:00:00.000Z');
    expect(ids(route(routesAt(lastEvening), 'agendaList', '/fr/agenda/').items)).toEqual(['12']);
    expect(ids(route(routesAt(nextDay), 'agendaList', '/fr/agenda/').items)).toEqual([]);
  });

  it('pre-renders one page per audience and per kind, in every language', () => {
    const paths = routesAt(buildTime, 'nl')
      .filter((candidate) => candidate.kind === 'agendaList' && candidate.filter)
      .map((candidate) => candidate.path);
    expect(paths).toEqual([
      '/nl/agenda/publiek/ouders/',
      '/nl/agenda/publiek/professionals/',
      '/nl/agenda/soort/colloquia/',
      '/nl/agenda/soort/opleidingen/',
      '/nl/agenda/soort/evenementen/',
      '/nl/agenda/soort/ontmoetingen/',
    ]);
    const parents = route(routesAt(buildTime), 'agendaList', '/fr/agenda/public/parents/');
    expect(parents.filter).toEqual({ facet: 'audience', value: 'parents' });
    expect(ids(parents.items)).toEqual(['14', '12']);
    expect(parents.alternates).toEqual([
      { locale: 'fr', path: '/fr/agenda/public/parents/' },
      { locale: 'nl', path: '/nl/agenda/publiek/ouders/' },
    ]);
  });

  it('counts the upcoming items of each filter for its menu', () => {
    const list = route(routesAt(buildTime), 'agendaList', '/fr/agenda/');
    expect(list.filters.map((link) => [link.path, link.count])).toEqual([
      ['/fr/agenda/public/parents/', 2],
      ['/fr/agenda/public/professionnels/', 1],
      ['/fr/agenda/type/colloques/', 1],
      ['/fr/agenda/type/formations/', 0],
      ['/fr/agenda/type/evenements/', 1],
      ['/fr/agenda/type/rencontres/', 1],
    ]);
  });

  it('gives each item a page and a calendar file in each of its languages', () => {
    const fr = routesAt(buildTime, 'fr');
    const nl = routesAt(buildTime, 'nl');
    const page = route(fr, 'agendaItem', '/fr/agenda/colloque-douleur-enfant/');
    expect(page).toMatchObject({
      past: false,
      calendarPath: '/fr/agenda/colloque-douleur-enfant.ics',
      feedPath: '/fr/agenda.ics',
      indexable: true,
      alternates: [
        { locale: 'fr', path: '/fr/agenda/colloque-douleur-enfant/' },
        { locale: 'nl', path: '/nl/agenda/colloquium-pijn-kinderen/' },
      ],
    });
    expect(route(fr, 'agendaItem', '/fr/agenda/formation-freres-et-soeurs/').past).toBe(true);
    expect(
      nl.some((candidate) => candidate.kind === 'agendaItem' && candidate.item.id === '13'),
    ).toBe(false);
  });

  it('switches language to the agenda when the item does not exist in the other one', () => {
    const page = route(routesAt(buildTime), 'agendaItem', '/fr/agenda/formation-freres-et-soeurs/');
    expect(page.alternates).toEqual([
      { locale: 'fr', path: '/fr/agenda/formation-freres-et-soeurs/' },
    ]);
    expect(page.languageSwitch).toEqual([{ locale: 'nl', path: '/nl/agenda/' }]);
  });

  it('serves the feed and item files as text/calendar, out of the sitemap', () => {
    const files = routesAt(buildTime).filter((candidate) => candidate.file);
    expect(files.every((file) => file.kind === 'agendaCalendar')).toBe(true);
    expect(files.every((file) => file.file?.contentType === 'text/calendar; charset=utf-8')).toBe(
      true,
    );
    expect(files.every((file) => !file.indexable)).toBe(true);
    expect(
      route(routesAt(buildTime), 'agendaCalendar', '/fr/agenda/groupe-de-parole.ics').scope,
    ).toBe('item');
  });

  it('keeps recent past items in the feed and drops those ended over six months ago', () => {
    const feedAt = (now: Date) => route(routesAt(now), 'agendaCalendar', '/fr/agenda.ics');
    expect(ids(feedAt(buildTime).items)).toEqual(['11', '14', '12', '13', '15']);
    // In late July every item is over; item 15 ended on 15 January, over 183 days before.
    expect(ids(feedAt(new Date('2026-07-20T12:00:00.000Z')).items)).toEqual([
      '12',
      '14',
      '11',
      '13',
    ]);
  });

  it('refuses an item whose slug is taken by an agenda page', () => {
    const item = itemById('12');
    item.translations.fr!.slug = 'archives';
    expect(() => routesAt(buildTime, 'fr', [item])).toThrow(
      'agenda item 12 (fr) has the slug "archives", which an agenda page uses: give it another slug in the CMS',
    );
  });
});

describe('agenda feature', () => {
  const feature = createAgendaFeature({ now: () => buildTime });
  const context = { locales, entries: kitEntries({ agenda: agendaItems() }) };

  it('decides upcoming and past with the clock it is given', () => {
    const later = createAgendaFeature({ now: () => new Date('2026-03-15T00:00:00.000Z') });
    const list = (f: typeof feature) =>
      route(f.routes!(context, 'fr'), 'agendaList', '/fr/agenda/').items;
    expect(ids(list(feature))).toEqual(['11', '14', '12']);
    expect(ids(list(later))).toEqual(['14', '12']);
  });

  it('adds an agenda entry point and takes the agenda segment', () => {
    expect(feature.entryPoints!(context, 'nl', {})).toEqual([
      {
        title: 'Agenda',
        href: '/nl/agenda/',
        description:
          'De volgende colloquia, opleidingen en ontmoetingen, voor ouders en professionals.',
      },
    ]);
    expect(feature.segments!('fr')).toEqual(['agenda']);
  });

  it('refuses to render a page route as a file', () => {
    const page = route(feature.routes!(context, 'fr'), 'agendaList', '/fr/agenda/');
    expect(() =>
      feature.render(page, { site: new URL('https://x.test'), portalName: 'X' }),
    ).toThrow('the agenda renders calendar files only, not "agendaList" routes');
  });

  it('names the item behind a route for build errors', () => {
    const page = route(
      feature.routes!(context, 'fr'),
      'agendaItem',
      '/fr/agenda/groupe-de-parole/',
    );
    expect(feature.describe!(page)).toBe('agenda item 14');
  });
});

describe('nextAgendaItems', () => {
  it('gives the next items of a language for the home page, cancelled ones left out', () => {
    expect(ids(nextAgendaItems(agendaItems(), 'fr', 2, buildTime))).toEqual(['11', '12']);
    expect(ids(nextAgendaItems(agendaItems(), 'nl', 1, buildTime))).toEqual(['11']);
  });
});
