import {
  documentPaths,
  documentSegments,
  kindListPath,
  type Locale,
} from '@portals/content-models';
import type { AgendaAudience, AgendaKind } from './siteAgendaItemSchema.ts';

/** The URL segment of the agenda, in each language; the feed is `/{locale}/{segment}.ics`. */
export const agendaSegment: Record<Locale, string> = documentSegments.agenda;

const archiveSegment: Record<Locale, string> = { fr: 'archives', nl: 'archief' };

const facetSegment = {
  audience: { fr: 'public', nl: 'publiek' },
  kind: { fr: 'type', nl: 'soort' },
} as const satisfies Record<string, Record<Locale, string>>;

const audienceSegment: Record<AgendaAudience, Record<Locale, string>> = {
  parents: { fr: 'parents', nl: 'ouders' },
  professionals: { fr: 'professionnels', nl: 'professionals' },
};

const kindSegment: Record<AgendaKind, Record<Locale, string>> = {
  colloquium: { fr: 'colloques', nl: 'colloquia' },
  training: { fr: 'formations', nl: 'opleidingen' },
  event: { fr: 'evenements', nl: 'evenementen' },
  meeting: { fr: 'rencontres', nl: 'ontmoetingen' },
};

/** A filter of the upcoming list; each one is a pre-rendered page, so it needs no script. */
export type AgendaFilter =
  { facet: 'audience'; value: AgendaAudience } | { facet: 'kind'; value: AgendaKind };

/** `/fr/agenda/`: the upcoming items. */
export function agendaPath(locale: Locale): string {
  return kindListPath('agenda', locale);
}

/** `/fr/agenda/archives/`: the past items. */
export function agendaArchivePath(locale: Locale): string {
  return `${agendaPath(locale)}${archiveSegment[locale]}/`;
}

/** `/fr/agenda/public/parents/`, `/nl/agenda/soort/opleidingen/` */
export function agendaFilterPath(locale: Locale, filter: AgendaFilter): string {
  const value =
    filter.facet === 'audience'
      ? audienceSegment[filter.value][locale]
      : kindSegment[filter.value][locale];
  return `${agendaPath(locale)}${facetSegment[filter.facet][locale]}/${value}/`;
}

/** `/fr/agenda/{slug}/`: an item's page. Takes a slug known to exist in `locale`. */
export function agendaItemPath(locale: Locale, slug: string): string {
  return documentPaths.agenda(locale, slug);
}

/** `/fr/agenda/{slug}.ics`: one item as a calendar file ("add to my calendar"). */
export function agendaItemCalendarPath(locale: Locale, slug: string): string {
  return `${agendaPath(locale)}${slug}.ics`;
}

/** `/fr/agenda.ics`: the portal's subscribable feed in one language. */
export function agendaFeedPath(locale: Locale): string {
  return `/${locale}/${agendaSegment[locale]}.ics`;
}

/** Slugs an item may not take: its page would take the place of a filter or the archive. */
export function reservedAgendaSlugs(locale: Locale): string[] {
  return [archiveSegment[locale], facetSegment.audience[locale], facetSegment.kind[locale]];
}
