import { locales, type Locale } from '@portals/content-models';
import { imageOfMedia } from '../richtext/imageOfMedia.ts';
import { richTextToHtml, type LexicalState } from '../richtext/index.ts';
import type { ArticleDoc } from './articleDocSchema.ts';
import { textIn } from './localized.ts';
import type { ArticleTranslation, SiteArticle } from './siteArticleSchema.ts';

export interface ArticleMappingOptions {
  /** Receives notes about content that was left out. */
  onWarning?: (message: string) => void;
  /** The CMS base URL, to make the URLs of images in bodies absolute. */
  cmsUrl?: string;
}

/** An article exists in a locale when both its title and its slug are non-empty there. */
export function articleLocales(doc: Pick<ArticleDoc, 'title' | 'slug'>): Locale[] {
  return locales.filter((locale) => textIn(doc.title, locale) && textIn(doc.slug, locale));
}

/**
 * Maps a CMS article to the shape pages use: one entry per existing language, with the body
 * already rendered to sanitised HTML. The result depends on this document alone (links to other
 * articles are resolved by the page), which is what lets the loader re-read only changed
 * documents. Returns null for an article that exists in no language.
 */
export function toSiteArticle(
  doc: ArticleDoc,
  options: ArticleMappingOptions = {},
): SiteArticle | null {
  const availableLocales = articleLocales(doc);
  if (availableLocales.length === 0) {
    options.onWarning?.(`article ${doc.id} has no title and slug in any language: skipped`);
    return null;
  }
  const translations: Partial<Record<Locale, ArticleTranslation>> = {};
  for (const locale of availableLocales) {
    const warn = (message: string) =>
      options.onWarning?.(`article ${doc.id} (${locale}): ${message}`);
    // The share image is one upload for both languages; its alternative text is per language,
    // so a language without one gets no cover rather than an image nobody can describe.
    const image = doc.seo?.image
      ? imageOfMedia(doc.seo.image, { locale, cmsUrl: options.cmsUrl, warn })
      : null;
    translations[locale] = {
      title: textIn(doc.title, locale),
      slug: textIn(doc.slug, locale),
      summary: textIn(doc.summary, locale),
      bodyHtml: richTextToHtml(doc.body[locale] as LexicalState | null | undefined, {
        locale,
        cmsUrl: options.cmsUrl,
        onWarning: warn,
      }),
      ...(image && { image }),
    };
  }
  return {
    id: doc.id,
    kind: doc.kind,
    isDemo: doc.isDemo,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    sectionIds: [...new Set(doc.sections)],
    ...(doc._articles_articles_order && { editorialOrder: doc._articles_articles_order }),
    directoryCategories: [...new Set(doc.directoryCategories)],
    availableLocales,
    translations,
  };
}
