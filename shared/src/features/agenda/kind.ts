import { collectionSlugs } from '@portals/content-models';
import type { ContentKind } from '../../kit/contract.ts';
import { agendaDocSchema, agendaFields, type AgendaDoc } from './agendaDocSchema.ts';
import { siteAgendaItemSchema, type SiteAgendaItem } from './siteAgendaItemSchema.ts';
import { toAgendaItem } from './toAgendaItem.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    agenda: SiteAgendaItem;
  }
}

/** The agenda as the generic CMS loader reads it: `/api/agenda`, published, by portal. */
export const agendaKind: ContentKind<AgendaDoc, SiteAgendaItem> = {
  name: 'agenda',
  collection: collectionSlugs.agenda,
  fields: agendaFields,
  docSchema: agendaDocSchema,
  entrySchema: siteAgendaItemSchema,
  toEntry: (doc, context) =>
    toAgendaItem(doc, { onWarning: (message) => context.onWarning(message) }),
};
