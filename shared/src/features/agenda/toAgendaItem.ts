import { locales, type Locale } from '@portals/content-models';
import { textIn } from '@portals/shared/cms';
import { richTextToHtml, type LexicalState } from '../../richtext/richTextToHtml.ts';
import type { AgendaDoc } from './agendaDocSchema.ts';
import { lexicalPlainText } from './lexicalPlainText.ts';
import type { AgendaTranslation, SiteAgendaItem } from './siteAgendaItemSchema.ts';

export interface AgendaMappingOptions {
  /** Receives notes about content that was left out, for the build log. */
  onWarning?: (message: string) => void;
}

/** An item exists in a locale when both its title and its slug are non-empty there. */
export function agendaLocales(doc: Pick<AgendaDoc, 'title' | 'slug'>): Locale[] {
  return locales.filter((locale) => textIn(doc.title, locale) && textIn(doc.slug, locale));
}

function translation(doc: AgendaDoc, locale: Locale, options: AgendaMappingOptions) {
  const description = doc.description[locale] as LexicalState | null | undefined;
  return {
    title: textIn(doc.title, locale),
    slug: textIn(doc.slug, locale),
    descriptionHtml: richTextToHtml(description, {
      onWarning: (message) => options.onWarning?.(`agenda item ${doc.id} (${locale}): ${message}`),
    }),
    descriptionText: lexicalPlainText(doc.description[locale]),
    place: textIn(doc.place, locale),
    price: textIn(doc.price, locale),
    cancellationNote: doc.cancelled ? textIn(doc.cancellationNote, locale) : '',
  } satisfies AgendaTranslation;
}

/**
 * Maps a CMS agenda item to the shape pages and calendars use: one translation per language
 * where it has a title and a slug. Depends on this document alone, so the loader can re-read
 * only changed documents. Returns null for an item that exists in no language.
 */
export function toAgendaItem(
  doc: AgendaDoc,
  options: AgendaMappingOptions = {},
): SiteAgendaItem | null {
  const availableLocales = agendaLocales(doc);
  if (availableLocales.length === 0) {
    options.onWarning?.(`agenda item ${doc.id} has no title and slug in any language: skipped`);
    return null;
  }
  const translations: Partial<Record<Locale, AgendaTranslation>> = {};
  for (const locale of availableLocales) translations[locale] = translation(doc, locale, options);
  return {
    id: doc.id,
    updatedAt: doc.updatedAt,
    kind: doc.kind,
    audiences: [...new Set(doc.audiences)],
    startsAt: new Date(doc.startsAt).toISOString(),
    endsAt: doc.endsAt ? new Date(doc.endsAt).toISOString() : null,
    allDay: doc.allDay,
    cancelled: doc.cancelled,
    onlineUrl: doc.onlineUrl ?? null,
    registrationUrl: doc.registrationUrl ?? null,
    organiser: doc.organiser?.trim() ?? '',
    themeIds: [...new Set(doc.themes)],
    isDemo: doc.isDemo,
    availableLocales,
    translations,
  };
}
