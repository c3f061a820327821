import { z } from 'zod';
import { locales, slugPattern } from '@portals/content-models';

const localeSchema = z.enum(locales);

export const sectionTranslationSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(slugPattern, 'expected a slug: lower-case letters, digits and hyphens'),
  description: z.string(),
});

/** A navigation section as the sites use it: the schema of the `sections` collection. */
export const siteSectionSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  order: z.number(),
  /** The CMS document's last change: the loader re-reads the section when it differs. */
  updatedAt: z.string(),
  availableLocales: z.array(localeSchema),
  translations: z.partialRecord(localeSchema, sectionTranslationSchema),
});

export type SiteSection = z.infer<typeof siteSectionSchema>;
export type SectionTranslation = z.infer<typeof sectionTranslationSchema>;
