import type { Translate } from '../../i18n/index.ts';
import type { AgendaFilter } from './agendaPaths.ts';
import type { AgendaAudience, AgendaKind } from './siteAgendaItemSchema.ts';

const audienceKeys = {
  parents: 'agenda.audience.parents',
  professionals: 'agenda.audience.professionals',
} as const satisfies Record<AgendaAudience, string>;

const kindKeys = {
  colloquium: 'agenda.kind.colloquium',
  training: 'agenda.kind.training',
  event: 'agenda.kind.event',
  meeting: 'agenda.kind.meeting',
} as const satisfies Record<AgendaKind, string>;

/** "Professionnels", "Ouders" */
export function audienceLabel(audience: AgendaAudience, translate: Translate): string {
  return translate(audienceKeys[audience]);
}

/** "Colloque", "Opleiding" */
export function kindLabel(kind: AgendaKind, translate: Translate): string {
  return translate(kindKeys[kind]);
}

/** What a filter is called in its menu and its page's title. */
export function filterLabel(filter: AgendaFilter, translate: Translate): string {
  return filter.facet === 'audience'
    ? audienceLabel(filter.value, translate)
    : kindLabel(filter.value, translate);
}
