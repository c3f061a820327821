import { locales } from '@portals/content-models';
import { z } from 'zod';

const localeSchema = z.enum(locales);

/** One step in one language: present only when the step has a title there. */
export const journeyStepTextSchema = z.object({
  title: z.string().min(1),
  /** Sanitised HTML of "what to do", '' when the editor wrote nothing. */
  bodyHtml: z.string(),
});

/** One step, in the journey's order: its texts and what it links, by document id. */
export const siteJourneyStepSchema = z.object({
  /** The articles (rights pages) the step needs, in the editor's order. */
  articleIds: z.array(z.string()),
  /** The referent organisations to contact, in the editor's order. */
  organisationIds: z.array(z.string()),
  translations: z.partialRecord(localeSchema, journeyStepTextSchema),
});

/** A journey's title, URL segment and summary in one language. */
export const journeyTranslationSchema = z.object({
  title: z.string().min(1),
  slug: z.string().min(1),
  /** Plain text, '' when the editor wrote none. */
  summary: z.string(),
});

/** A life-event journey as the sites use it: the content-layer schema of `journeys`. */
export const siteJourneySchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
  /** Listing order among the portal's journeys; null sorts last. */
  order: z.number().nullable(),
  steps: z.array(siteJourneyStepSchema),
  availableLocales: z.array(localeSchema),
  translations: z.partialRecord(localeSchema, journeyTranslationSchema),
});

export type SiteJourney = z.infer<typeof siteJourneySchema>;
export type SiteJourneyStep = z.infer<typeof siteJourneyStepSchema>;
export type JourneyTranslation = z.infer<typeof journeyTranslationSchema>;
