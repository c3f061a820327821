import { locales, type Locale } from '@portals/content-models';
import { textIn } from './localized.ts';
import type { SectionDoc } from './sectionDocSchema.ts';
import type { SectionTranslation, SiteSection } from './siteSectionSchema.ts';

/** Maps a CMS section; a language version exists when its title and slug are non-empty. */
export function toSiteSection(doc: SectionDoc): SiteSection {
  const translations: Partial<Record<Locale, SectionTranslation>> = {};
  for (const locale of locales) {
    const title = textIn(doc.title, locale);
    const slug = textIn(doc.slug, locale);
    if (title && slug) {
      translations[locale] = { title, slug, description: textIn(doc.description, locale) };
    }
  }
  return {
    id: doc.id,
    parentId: doc.parent,
    order: doc.order,
    updatedAt: doc.updatedAt,
    availableLocales: locales.filter((locale) => translations[locale]),
    translations,
  };
}
