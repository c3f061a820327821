import {
  agendaDocSchema,
  type AgendaDoc,
} from '@portals/shared/features/agenda/agendaDocSchema.ts';
import type { SiteAgendaItem } from '@portals/shared/features/agenda/siteAgendaItemSchema.ts';
import { toAgendaItem } from '@portals/shared/features/agenda/toAgendaItem.ts';
import page from '../../fixtures/agenda/agenda-locale-all.json' with { type: 'json' };

/** The build clock of the fixtures: items 11, 12 and 14 are to come, 13 and 15 are over. */
export const buildTime = new Date('2026-03-01T12:00:00.000Z');

/** The fixture's CMS documents as read with `locale=all`, unparsed. */
export function rawDocs(): Record<string, unknown>[] {
  return structuredClone(page.docs);
}

export function agendaDocs(): AgendaDoc[] {
  return rawDocs().map((doc) => agendaDocSchema.parse(doc));
}

/** The fixture's items as the sites hold them (the nameless document 16 left out). */
export function agendaItems(): SiteAgendaItem[] {
  return agendaDocs().flatMap((doc) => toAgendaItem(doc) ?? []);
}

export function itemById(id: string, items = agendaItems()): SiteAgendaItem {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no agenda item ${id} in the fixture`);
  return item;
}
