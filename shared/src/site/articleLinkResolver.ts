import { defaultLocale, type Locale } from '@portals/content-models';
import { listInternalLinks, type InternalLinkResolver } from '../richtext/internalLinks.ts';
import type { SiteArticle } from '@portals/shared/cms';
import { articlePath } from './paths.ts';

type LinkableArticle = Pick<SiteArticle, 'id' | 'availableLocales' | 'translations'>;

/**
 * Resolves links between articles inside bodies, from the articles the site holds when its
 * pages are rendered. A link written in Dutch to an article that exists only in French goes to
 * its fallback page (`/nl/artikels/{fr-slug}/`), like the language switch; a target with no page
 * at all in that language, or not on this portal, yields null (plain text).
 */
export function articleLinkResolver(
  articles: readonly LinkableArticle[],
): (locale: Locale) => InternalLinkResolver {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return (locale) => (target) => {
    if (target.relationTo !== 'articles') return null;
    const article = byId.get(target.id);
    if (!article) return null;
    const slug = (article.translations[locale] ?? article.translations[defaultLocale])?.slug;
    return slug ? articlePath(locale, slug) : null;
  };
}

/** One line per body link that will render as plain text, for the build log. */
export function unresolvedArticleLinks(articles: readonly SiteArticle[]): string[] {
  const resolver = articleLinkResolver(articles);
  return articles.flatMap((article) =>
    article.availableLocales.flatMap((locale) => {
      const resolve = resolver(locale);
      return listInternalLinks(article.translations[locale]?.bodyHtml ?? '')
        .filter((target) => !resolve(target))
        .map(
          (target) =>
            `article ${article.id} (${locale}): internal link to ${target.relationTo} ${target.id} has no page in this language: rendered as plain text`,
        );
    }),
  );
}
