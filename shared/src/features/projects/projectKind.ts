import type { Project } from '@portals/content-models/payload-types';
import { collectionSlugs, locales, siteFields, type Locale } from '@portals/content-models';
import { z } from 'zod';
import { docIdSchema, localized, relationIdSchema, textIn } from '@portals/shared/cms';
import type { ContentKind } from '../../kit/contract.ts';

const localeSchema = z.enum(locales);
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null);

/** A project as `/api/projects?locale=all&depth=0` sends it. */
export const projectDocSchema = z.object({
  id: docIdSchema,
  title: localized(z.string({ error: 'expected the title as text' })),
  summary: localized(z.string({ error: 'expected the summary as text' })),
  area: localized(z.string({ error: 'expected the area as text' })),
  promoter: optionalText,
  website: optionalText,
  themes: z
    .array(relationIdSchema)
    .nullish()
    .transform((value) => value ?? []),
  isDemo: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
  _status: z.enum(['published', 'draft'], { error: 'expected _status "published" or "draft"' }),
});

/** A project as pages use it, in each language where it has a title. */
export const siteProjectSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
  promoter: z.string().nullable(),
  website: z.string().nullable(),
  themeIds: z.array(z.string()),
  translations: z.partialRecord(
    localeSchema,
    z.object({ title: z.string(), summary: z.string(), area: z.string() }),
  ),
});

export type ProjectDoc = z.output<typeof projectDocSchema>;
export type SiteProject = z.infer<typeof siteProjectSchema>;

/** Projects supported for the portal's readers (`projects` collection). */
export const projectKind: ContentKind<ProjectDoc, SiteProject> = {
  name: 'projects',
  collection: collectionSlugs.projects,
  fields: siteFields.projects satisfies readonly (keyof Project)[],
  docSchema: projectDocSchema,
  entrySchema: siteProjectSchema,
  toEntry(doc) {
    const translations: SiteProject['translations'] = {};
    for (const locale of locales) {
      const title = textIn(doc.title, locale);
      if (title) {
        const text = (field: Partial<Record<Locale, string | null>>) => textIn(field, locale);
        translations[locale] = { title, summary: text(doc.summary), area: text(doc.area) };
      }
    }
    if (Object.keys(translations).length === 0) return null;
    return {
      id: doc.id,
      updatedAt: doc.updatedAt,
      isDemo: doc.isDemo,
      promoter: doc.promoter,
      website: doc.website,
      themeIds: doc.themes,
      translations,
    };
  },
};
