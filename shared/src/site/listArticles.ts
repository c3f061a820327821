import type { ArticleKind } from '@portals/content-models/collections';
import { defaultLocale, type Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import { byEditorialOrder } from './editorialOrder.ts';
import { articleUrl, articleUrlOrFallback, hasFallbackPage } from './strictLinks.ts';

/** One line of an article list, ready to render. */
export interface ArticleListItem {
  id: string;
  href: string;
  title: string;
  summary: string;
  publishedAt: string | null;
  isDemo: boolean;
  /** The language the title and summary are written in (for the `lang` attribute). */
  lang: Locale;
  /** True when the article is shown in another language than the page's (fallback page). */
  inOtherLanguage: boolean;
}

export interface ListFilter {
  /** Only articles placed in one of these sections (a section and its descendants). */
  sectionIds?: readonly string[];
  kind?: ArticleKind;
  /** At most this many. */
  limit?: number;
  /** Newest first, or the editors' order (`byEditorialOrder`, for section pages). @default 'newest' */
  order?: 'newest' | 'editorial';
}

const newestFirst = (a: ArticleListItem, b: ArticleListItem) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title);

/**
 * Articles to list on a page in `locale`: those written in it, plus (in Dutch) French-only
 * ones leading to their fallback page and marked as being in French.
 */
export function listArticles(
  articles: readonly SiteArticle[],
  locale: Locale,
  filter: ListFilter = {},
): ArticleListItem[] {
  const orderKeys = new Map<string, string | undefined>();
  const items = articles.flatMap((article): ArticleListItem[] => {
    if (filter.sectionIds && !article.sectionIds.some((id) => filter.sectionIds?.includes(id)))
      return [];
    if (filter.kind && article.kind !== filter.kind) return [];
    const own = article.translations[locale];
    const fallback = hasFallbackPage(article, locale);
    const shown = own ?? (fallback ? article.translations[defaultLocale] : undefined);
    if (!shown) return [];
    orderKeys.set(article.id, article.editorialOrder);
    return [
      {
        id: article.id,
        href: own ? articleUrl(article, locale) : articleUrlOrFallback(article, locale),
        title: shown.title,
        summary: shown.summary,
        publishedAt: article.publishedAt,
        isDemo: article.isDemo,
        lang: own ? locale : defaultLocale,
        inOtherLanguage: !own,
      },
    ];
  });
  if (filter.order === 'editorial') {
    const keyed = (item: ArticleListItem) => ({ ...item, editorialOrder: orderKeys.get(item.id) });
    items.sort((a, b) => byEditorialOrder(keyed(a), keyed(b)));
  } else {
    items.sort(newestFirst);
  }
  return filter.limit === undefined ? items : items.slice(0, filter.limit);
}
