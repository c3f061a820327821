import { z } from 'zod';
import { locales } from '@portals/content-models';

const localeSchema = z.enum(locales);

/** One language version of an FAQ entry: present only when both question and answer exist. */
export const faqTranslationSchema = z.object({
  question: z.string().min(1),
  /** Sanitised HTML of the answer. */
  answerHtml: z.string().min(1),
});

/** An FAQ entry as the sites use it: the content-layer schema of the `faq` collection. */
export const siteFaqEntrySchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
  /** ISO date of the answer, null when the CMS has none. */
  answeredAt: z.string().nullable(),
  /** The referent organisation that answered, by id (`referentOrganisations` collection). */
  answeredById: z.string().nullable(),
  /** Theme ids, the first being the one the FAQ page files the entry under. */
  themeIds: z.array(z.string()),
  availableLocales: z.array(localeSchema),
  translations: z.partialRecord(localeSchema, faqTranslationSchema),
});

export type SiteFaqEntry = z.infer<typeof siteFaqEntrySchema>;
export type FaqTranslation = z.infer<typeof faqTranslationSchema>;
