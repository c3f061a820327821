import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '@portals/content-models/payload-types';
import { agendaDocSchema, agendaFields } from '@portals/shared/features/agenda/agendaDocSchema.ts';
import { agendaKind } from '@portals/shared/features/agenda/kind.ts';
import { siteAgendaItemSchema } from '@portals/shared/features/agenda/siteAgendaItemSchema.ts';
import { toAgendaItem } from '@portals/shared/features/agenda/toAgendaItem.ts';
import { agendaDocs, agendaItems, itemById, rawDocs } from './agendaFixtures.ts';

const docById = (id: number) => rawDocs().find((doc) => doc.id === id)!;

describe('agenda mapping', () => {
  it('maps a bilingual item with its instants, audiences and both translations', () => {
    const item = itemById('11');
    expect(item).toMatchObject({
      id: '11',
      kind: 'colloquium',
      audiences: ['professionals'],
      startsAt: '2026-03-10T08:00:00.000Z',
      endsAt: '2026-03-10T16:00:00.000Z',
      allDay: false,
      cancelled: false,
      organiser: 'Réseau pédiatrique (démo)',
      registrationUrl: 'https://www.example.org/inscription',
      themeIds: ['3'],
      isDemo: true,
      availableLocales: ['fr', 'nl'],
    });
    expect(item.translations.nl).toMatchObject({
      title: 'Colloquium: pijn bij kinderen, van zorg tot comfort',
      slug: 'colloquium-pijn-kinderen',
      place: 'Auditorium Lacroix, Hoogstraat 10; 1000 Brussel',
    });
  });

  it('produces entries the content-layer schema accepts', () => {
    for (const item of agendaItems()) expect(siteAgendaItemSchema.parse(item)).toEqual(item);
  });

  it('leaves out a language where the item has no title or slug', () => {
    const item = itemById('13');
    expect(item.availableLocales).toEqual(['fr']);
    expect(item.translations.nl).toBeUndefined();
  });

  it('skips an item that has no title in any language, and says so', () => {
    const warnings: string[] = [];
    const doc = agendaDocs().find((candidate) => candidate.id === '16')!;
    expect(toAgendaItem(doc, { onWarning: (message) => warnings.push(message) })).toBeNull();
    expect(warnings).toEqual(['agenda item 16 has no title and slug in any language: skipped']);
  });

  it('renders the description as sanitised HTML and as plain text for calendars', () => {
    const fr = itemById('11').translations.fr!;
    expect(fr.descriptionHtml).toContain('<a href="https://www.example.org/programme"');
    expect(fr.descriptionHtml).toContain('<li>Matin : pratiques</li>');
    expect(fr.descriptionText).toBe(
      'Une journée d’échanges entre équipes de pédiatrie.\nProgramme détaillé en ligne.\n\n' +
        '– Matin : pratiques\n– Après-midi : ateliers',
    );
    expect(itemById('15').translations.fr!.descriptionText).toBe('');
  });

  it('keeps the cancellation note of a cancelled item only', () => {
    expect(itemById('14')).toMatchObject({ cancelled: true });
    expect(itemById('14').translations.nl!.cancellationNote).toBe('Uitgesteld tot de herfst.');
    const doc = { ...docById(14), cancelled: false };
    const item = toAgendaItem(agendaDocSchema.parse(doc))!;
    expect(item.translations.fr!.cancellationNote).toBe('');
  });

  it('reads an item saved before the cancelled field existed as not cancelled', () => {
    const doc = docById(11);
    delete doc.cancelled;
    delete doc.cancellationNote;
    expect(toAgendaItem(agendaDocSchema.parse(doc))!.cancelled).toBe(false);
  });

  it('refuses a document read without locale=all, saying how to fix the request', () => {
    const result = agendaDocSchema.safeParse({ ...docById(11), title: 'Colloque' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['title'],
      message: 'expected an object keyed by locale (fr, nl); was the request made with locale=all?',
    });
  });

  it('refuses a link that is not a web address, so no script reaches an href', () => {
    const result = agendaDocSchema.safeParse({
      ...docById(11),
      registrationUrl: 'javascript:alert(1)',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['registrationUrl'],
      message: 'expected an address starting with https://',
    });
  });

  it('refuses a time zone other than Brussels', () => {
    const result = agendaDocSchema.safeParse({ ...docById(11), startsAt_tz: 'Europe/Paris' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['startsAt_tz'],
      message: 'expected the time zone Europe/Brussels',
    });
  });

  it('describes the agenda collection for the generic loader', () => {
    expect(agendaKind).toMatchObject({ name: 'agenda', collection: 'agenda' });
    const known: (keyof AgendaItem)[] = [...agendaFields];
    expect(known).toContain('cancelled');
    expect(agendaKind.fields).toEqual(agendaFields);
    const doc = agendaKind.docSchema.parse(docById(12));
    const onWarning = () => undefined;
    expect(agendaKind.toEntry(doc, { cmsUrl: 'http://cms.test', onWarning })).toEqual(
      itemById('12'),
    );
  });
});
