import type { CollectionEntry } from 'astro:content';
import type { Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';

interface Frontmatter {
  article: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
}

/** Groups the per-language Markdown entries into the same article shape the CMS loader gives. */
export function markdownArticles(entries: CollectionEntry<'articles'>[]): { data: SiteArticle }[] {
  const byId = new Map<string, SiteArticle>();
  for (const entry of entries) {
    const meta = entry.data as Frontmatter;
    const article = byId.get(meta.article) ?? {
      id: meta.article,
      kind: 'news' as const,
      isDemo: true,
      publishedAt: null,
      updatedAt: new Date(0).toISOString(),
      sectionIds: [],
      directoryCategories: [],
      availableLocales: [],
      translations: {},
    };
    article.availableLocales.push(meta.locale);
    article.translations[meta.locale] = {
      title: meta.title,
      slug: meta.slug,
      summary: meta.summary,
      bodyHtml: entry.rendered?.html ?? '',
    };
    byId.set(meta.article, article);
  }
  return [...byId.values()].map((data) => ({ data }));
}
