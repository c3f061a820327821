import { defaultLocale, type Locale } from '@portals/content-models';
import type { InternalLinkTarget } from '../richtext/index.ts';
import { articlePath } from '../site/paths.ts';
import type { ArticleDoc } from './articleDocSchema.ts';
import { textIn } from './localized.ts';
import { articleLocales } from './toSiteArticle.ts';

/**
 * Resolves links between articles inside bodies. A link written in Dutch to an article that
 * exists only in French goes to its fallback page (`/nl/artikels/{fr-slug}/`), like the
 * language switch; a target with no page at all in that language yields null (plain text).
 */
export function articleLinkResolver(docs: readonly ArticleDoc[]) {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  return (locale: Locale) =>
    (target: InternalLinkTarget): string | null => {
      if (target.relationTo !== 'articles') return null;
      const doc = byId.get(target.id);
      if (!doc) return null;
      const available = articleLocales(doc);
      if (available.includes(locale)) return articlePath(locale, textIn(doc.slug, locale));
      if (available.includes(defaultLocale)) {
        return articlePath(locale, textIn(doc.slug, defaultLocale));
      }
      return null;
    };
}
