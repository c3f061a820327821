import type { Theme } from '@portals/content-models/payload-types';
import { collectionSlugs, locales, type Locale } from '@portals/content-models';
import { z } from 'zod';
import type { ContentKind } from '../../kit/contract.ts';
import { docIdSchema, localized, textIn } from '@portals/shared/cms';

const localeSchema = z.enum(locales);

/** A theme as `/api/themes?locale=all&depth=0` sends it. */
export const themeDocSchema = z.object({
  id: docIdSchema,
  title: localized(z.string({ error: 'expected the title as text' })),
  slug: localized(z.string({ error: 'expected the slug as text' })),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
});

/** A theme as pages use it: its name in each language where it has one. */
export const siteThemeSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  translations: z.partialRecord(localeSchema, z.object({ title: z.string(), slug: z.string() })),
});

export type ThemeDoc = z.output<typeof themeDocSchema>;
export type SiteTheme = z.infer<typeof siteThemeSchema>;

/**
 * The portal's themes, read on their own rather than inline at depth 1, so that renaming a
 * theme reaches every page that groups by it (the loader re-reads changed documents only).
 */
export const themeKind: ContentKind<ThemeDoc, SiteTheme> = {
  name: 'themes',
  collection: collectionSlugs.themes,
  fields: ['title', 'slug', 'portals', 'updatedAt'] as const satisfies readonly (keyof Theme)[],
  drafts: false,
  docSchema: themeDocSchema,
  entrySchema: siteThemeSchema,
  toEntry(doc) {
    const translations: SiteTheme['translations'] = {};
    for (const locale of locales) {
      const title = textIn(doc.title, locale);
      if (title) translations[locale] = { title, slug: textIn(doc.slug, locale) };
    }
    return { id: doc.id, updatedAt: doc.updatedAt, translations };
  },
};

/** The theme's name in `locale`, or null when it has none there. */
export function themeTitle(theme: SiteTheme | undefined, locale: Locale): string | null {
  return theme?.translations[locale]?.title ?? null;
}
