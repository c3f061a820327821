import { defaultLocale, localeNames, locales, type Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { SiteSection } from '@portals/shared/cms';
import type { SectionTree } from './createSectionTree.ts';
import { articlePath, sectionPath } from './paths.ts';

/** Thrown when a page links to a document that has no version in the page's language. */
export class MissingTranslationError extends Error {
  override name = 'MissingTranslationError';
}

function anyTitle(doc: { translations: Partial<Record<Locale, { title: string }>> }): string {
  for (const locale of locales) {
    const title = doc.translations[locale]?.title;
    if (title) return title;
  }
  return '(untitled)';
}

/**
 * The URL of an article in a language where it exists. Linking to a missing language fails
 * the build (Eleventy's strict i18n mode) instead of shipping a link to a 404.
 */
export function articleUrl(article: SiteArticle, locale: Locale): string {
  const translation = article.translations[locale];
  if (!translation) {
    throw new MissingTranslationError(
      `Cannot link to article ${article.id} ("${anyTitle(article)}") in ${localeNames[locale]} (${locale}): ` +
        `it has no ${locale} title and slug (it exists in: ${article.availableLocales.join(', ')}). ` +
        `Add the ${locale} title and slug in the CMS, link to it only from pages in those languages, ` +
        `or use articleUrlOrFallback() where the French fallback page is intended.`,
    );
  }
  return articlePath(locale, translation.slug);
}

/** True when the article gets a fallback page in `locale`: missing there, present in French. */
export function hasFallbackPage(article: SiteArticle, locale: Locale): boolean {
  return (
    locale !== defaultLocale &&
    !article.translations[locale] &&
    Boolean(article.translations[defaultLocale])
  );
}

/**
 * The article in `locale`, or its fallback page (`/nl/artikels/{fr-slug}/`, French text with a
 * Dutch notice) when only French exists: the one sanctioned exception to strict links.
 */
export function articleUrlOrFallback(article: SiteArticle, locale: Locale): string {
  const french = article.translations[defaultLocale];
  if (hasFallbackPage(article, locale) && french) return articlePath(locale, french.slug);
  return articleUrl(article, locale);
}

/** The URL of a section page; fails the build if the section or a parent lacks `locale`. */
export function sectionUrl(section: SiteSection, locale: Locale, tree: SectionTree): string {
  const chain = tree.slugChain(section, locale);
  if (!chain) {
    const missing = [...tree.ancestorsOf(section.id), section]
      .filter((s) => !s.translations[locale])
      .map((s) => `${s.id} ("${anyTitle(s)}")`);
    throw new MissingTranslationError(
      `Cannot link to section ${section.id} ("${anyTitle(section)}") in ${localeNames[locale]} (${locale}): ` +
        `section(s) ${missing.join(', ')} have no ${locale} title and slug. ` +
        `Add them in the CMS, or check tree.slugChain() before linking.`,
    );
  }
  return sectionPath(locale, chain);
}
