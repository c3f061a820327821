import { locales, slugPattern } from '@portals/content-models';
import { agendaAudiences, agendaKinds } from '@portals/content-models/collections';
import { z } from 'zod';

const localeSchema = z.enum(locales);

/** One language version of an agenda item; present only when title and slug exist in it. */
export const agendaTranslationSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(slugPattern, 'expected a slug: lower-case letters, digits and hyphens'),
  /** Sanitised HTML of the description, '' when empty. */
  descriptionHtml: z.string(),
  /** The description as plain text (paragraphs separated by blank lines), for the calendar. */
  descriptionText: z.string(),
  /** '' when the item has no physical place (online only, or not yet known). */
  place: z.string(),
  /** '' when the editor gave none. */
  price: z.string(),
  /** Why it was cancelled, '' when not said or not cancelled. */
  cancellationNote: z.string(),
});

/** An agenda item as the sites use it: the content-layer schema of the `agenda` collection. */
export const siteAgendaItemSchema = z.object({
  id: z.string(),
  /** The CMS document's last change: DTSTAMP and SEQUENCE in calendars. */
  updatedAt: z.string(),
  kind: z.enum(agendaKinds),
  audiences: z.array(z.enum(agendaAudiences)),
  /** UTC ISO instants; shown and exported in Brussels time. */
  startsAt: z.string(),
  /** null when the editor gave no end: a point in time (or a single day when `allDay`). */
  endsAt: z.string().nullable(),
  /** Whole days, from the Brussels date of `startsAt` to that of `endsAt`, both included. */
  allDay: z.boolean(),
  /** Kept and shown as cancelled, never dropped, so subscribed calendars learn of it. */
  cancelled: z.boolean(),
  onlineUrl: z.string().nullable(),
  registrationUrl: z.string().nullable(),
  /** The organiser's name, '' when unknown. Not localized in the CMS. */
  organiser: z.string(),
  themeIds: z.array(z.string()),
  isDemo: z.boolean(),
  /** Locales in which the item exists (title and slug non-empty), in platform order. */
  availableLocales: z.array(localeSchema),
  translations: z.partialRecord(localeSchema, agendaTranslationSchema),
});

export type SiteAgendaItem = z.infer<typeof siteAgendaItemSchema>;
export type AgendaTranslation = z.infer<typeof agendaTranslationSchema>;
export type AgendaKind = SiteAgendaItem['kind'];
export type AgendaAudience = SiteAgendaItem['audiences'][number];
