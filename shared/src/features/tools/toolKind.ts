import type { Tool } from '@portals/content-models/payload-types';
import { collectionSlugs, locales, siteFields } from '@portals/content-models';
import { toolKinds } from '@portals/content-models/collections';
import { z } from 'zod';
import { docIdSchema, localized, relationIdSchema, textIn } from '@portals/shared/cms';
import type { ContentKind } from '../../kit/contract.ts';

const localeSchema = z.enum(locales);

/** A tool as `/api/tools?locale=all&depth=0` sends it. */
export const toolDocSchema = z.object({
  id: docIdSchema,
  title: localized(z.string({ error: 'expected the title as text' })),
  description: localized(z.string({ error: 'expected the description as text' })),
  kind: z.enum(toolKinds, { error: `expected a kind among ${toolKinds.join(', ')}` }),
  url: z.url({ error: 'expected the tool’s address' }),
  provider: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || null),
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

/** A tool as pages use it, in each language where it has a title. */
export const siteToolSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
  kind: z.enum(toolKinds),
  url: z.string(),
  provider: z.string().nullable(),
  themeIds: z.array(z.string()),
  translations: z.partialRecord(
    localeSchema,
    z.object({ title: z.string(), description: z.string() }),
  ),
});

export type ToolDoc = z.output<typeof toolDocSchema>;
export type SiteTool = z.infer<typeof siteToolSchema>;

/** Apps, simulators and websites useful to the portal's readers (`tools` collection). */
export const toolKind: ContentKind<ToolDoc, SiteTool> = {
  name: 'tools',
  collection: collectionSlugs.tools,
  fields: siteFields.tools satisfies readonly (keyof Tool)[],
  docSchema: toolDocSchema,
  entrySchema: siteToolSchema,
  toEntry(doc) {
    const translations: SiteTool['translations'] = {};
    for (const locale of locales) {
      const title = textIn(doc.title, locale);
      if (title) translations[locale] = { title, description: textIn(doc.description, locale) };
    }
    if (Object.keys(translations).length === 0) return null;
    return {
      id: doc.id,
      updatedAt: doc.updatedAt,
      isDemo: doc.isDemo,
      kind: doc.kind,
      url: doc.url,
      provider: doc.provider,
      themeIds: doc.themes,
      translations,
    };
  },
};
