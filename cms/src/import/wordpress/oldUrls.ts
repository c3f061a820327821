import type { WxrCategory, WxrItem, WxrLocale } from './wxrModel.ts';

/**
 * The site path (with its query) of a URL of the old site, or undefined for another site.
 * Relative links count as the site's own; the fragment is dropped (a redirect never sees it).
 */
export function sitePathOf(href: string, siteUrl: string): string | undefined {
  const site = new URL(siteUrl);
  let url: URL;
  try {
    url = new URL(href, site);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  if (url.hostname.replace(/^www\./, '') !== site.hostname.replace(/^www\./, '')) return undefined;
  const base = site.pathname.replace(/\/$/, '');
  const pathname = url.pathname.startsWith(`${base}/`)
    ? url.pathname.slice(base.length)
    : url.pathname;
  return `${decodeURI(pathname)}${url.search}`;
}

/** An old URL of the site and the language its page was in. */
export type OldUrl = { path: string; locale: WxrLocale };

/**
 * Every URL a post or page answered on: its permalink, and WordPress's `?p=` form (and
 * `?page_id=` for pages) that newsletters and shortlinks use.
 */
export function oldUrlsOfItem(item: WxrItem, locale: WxrLocale, siteUrl: string): OldUrl[] {
  const paths = [sitePathOf(item.link, siteUrl), `/?p=${item.id}`];
  if (item.type === 'page') paths.push(`/?page_id=${item.id}`);
  return unique(paths).map((path) => ({ path, locale }));
}

/**
 * A category's archive URLs: `?cat=` and WordPress's default `/category/<parents>/<slug>/`,
 * under the language folder WPML puts it in when the site's posts use one (`/nl/…`).
 */
export function oldUrlsOfCategory(
  category: WxrCategory,
  locale: WxrLocale,
  chain: readonly string[],
  languageFolder: string,
): OldUrl[] {
  return [
    `${languageFolder}/category/${[...chain, category.slug].join('/')}/`,
    `/?cat=${category.termId}`,
  ].map((path) => ({ path, locale }));
}

/**
 * `/nl` when every permalink of that language starts with `/nl/` (WPML's language folders),
 * else the empty string (languages told apart by domain or query).
 */
export function languageFolderOf(
  items: readonly WxrItem[],
  locale: WxrLocale,
  siteUrl: string,
): string {
  const paths = items
    .filter((item) => item.locale === locale && item.type !== 'attachment')
    .map((item) => sitePathOf(item.link, siteUrl) ?? '');
  return paths.length > 0 && paths.every((path) => path.startsWith(`/${locale}/`))
    ? `/${locale}`
    : '';
}

function unique(paths: (string | undefined)[]): string[] {
  return [...new Set(paths.filter((path): path is string => Boolean(path)))];
}
