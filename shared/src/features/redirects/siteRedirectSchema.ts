import { locales } from '@portals/content-models';
import { redirectTargets } from '@portals/content-models/collections';
import { z } from 'zod';

/** A redirect record as the build holds it: the old path and a path or a document to go to. */
export const siteRedirectSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  /** The old path as written in the CMS, with its query string if any (`/?p=123`). */
  from: z.string(),
  /** A site path or an absolute URL; null when the target is a document. */
  toPath: z.string().nullable(),
  toDocument: z.object({ collection: z.enum(redirectTargets), id: z.string() }).nullable(),
  status: z.union([z.literal(301), z.literal(302)]),
  /** The language of the old URL; null: the language its path starts with, else the first. */
  locale: z.enum(locales).nullable(),
});

export type SiteRedirect = z.infer<typeof siteRedirectSchema>;
