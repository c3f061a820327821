import type { Locale } from '@portals/content-models';

/** The URL segment of the news list, in each language. */
export const newsSegment: Record<Locale, string> = { fr: 'actualites', nl: 'nieuws' };

/** News items per list page. */
export const newsPerPage = 10;

/** `/fr/actualites/` for the first page, `/fr/actualites/2/` for the next ones. */
export function newsPath(locale: Locale, page = 1): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`newsPath: no page ${page}`);
  return page === 1
    ? `/${locale}/${newsSegment[locale]}/`
    : `/${locale}/${newsSegment[locale]}/${page}/`;
}

/** `/fr/actualites/rss.xml`: the RSS feed of a language. */
export function newsFeedPath(locale: Locale): string {
  return `/${locale}/${newsSegment[locale]}/rss.xml`;
}
