import { documentKinds } from '@portals/content-models/collections';
import { locales } from '@portals/content-models';
import { z } from 'zod';

const localeSchema = z.enum(locales);

/** One language version of a document's description. */
export const documentTranslationSchema = z.object({
  title: z.string().min(1),
  /** Plain text, '' when the editor wrote none. */
  summary: z.string(),
});

/** A downloadable document as the sites use it: the schema of the `documents` collection. */
export const siteDocumentSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  kind: z.enum(documentKinds),
  isDemo: z.boolean(),
  publisher: z.string().nullable(),
  themeIds: z.array(z.string()),
  /** The file's absolute URL on the CMS. */
  url: z.url(),
  filename: z.string(),
  /** The MIME type the CMS recorded, e.g. `application/pdf`. */
  mimeType: z.string(),
  /** Size in bytes, null when the CMS does not know it. */
  filesize: z.number().nullable(),
  availableLocales: z.array(localeSchema),
  translations: z.partialRecord(localeSchema, documentTranslationSchema),
});

export type SiteDocument = z.infer<typeof siteDocumentSchema>;
export type DocumentTranslation = z.infer<typeof documentTranslationSchema>;
