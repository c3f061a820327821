import {
  documentPaths,
  documentSegments,
  sectionDocumentPath,
  type Locale,
} from '@portals/content-models';

/** The URL segment under which articles live, in each language. */
export const articleSegment: Record<Locale, string> = documentSegments.articles;

/** The URL segment of the search page, in each language. */
export const searchSegment: Record<Locale, string> = { fr: 'search', nl: 'zoeken' };

/** `/fr/`: the home page of a language. */
export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** `/nl/zoeken/`: the search page of a language. */
export function searchPath(locale: Locale): string {
  return `/${locale}/${searchSegment[locale]}/`;
}

/** `/fr/404.html`: the not-found page of a language, served by the static host. */
export function notFoundPath(locale: Locale): string {
  return `/${locale}/404.html`;
}

/** `/fr/articles/{slug}/`. Takes a slug already known to exist: see `articleUrl` for checked links. */
export function articlePath(locale: Locale, slug: string): string {
  return documentPaths.articles(locale, slug);
}

/** `/fr/{parent-slug}/{slug}/`: a section page, from its chain of slugs, root first. */
export function sectionPath(locale: Locale, slugChain: readonly string[]): string {
  return sectionDocumentPath(locale, slugChain);
}
