import type { SiteRoute } from '../kit/contract.ts';
import { xDefaultOf, type PageLink } from './pageLinks.ts';

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  path: string;
  alternates: readonly PageLink[];
  /** hreflang="x-default" target, when the page has one. */
  xDefault?: string;
  /** ISO date of the last change, when known. */
  lastModified?: string;
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Sitemap entries for the indexable HTML routes only: fallback pages are `noindex`. */
export function sitemapEntries(routes: readonly SiteRoute[]): SitemapEntry[] {
  return routes
    .filter((route) => route.indexable && !route.file)
    .map((route) => ({
      path: route.path,
      alternates: route.alternates,
      xDefault: route.xDefault ?? xDefaultOf(route.alternates),
      lastModified: route.lastModified,
    }));
}

/**
 * A sitemap with `xhtml:link` hreflang alternates (Google's format for multilingual sites).
 * `site` is the public origin, e.g. `https://www.hospichild.be`.
 */
export function sitemapXml(entries: readonly SitemapEntry[], site: URL | string): string {
  const absolute = (path: string) => escapeXml(new URL(path, site).href);
  const urls = entries.map((entry) => {
    const links = entry.alternates.map(
      (link) =>
        `<xhtml:link rel="alternate" hreflang="${link.locale}" href="${absolute(link.path)}"/>`,
    );
    if (entry.xDefault && entry.alternates.length > 1) {
      links.push(
        `<xhtml:link rel="alternate" hreflang="x-default" href="${absolute(entry.xDefault)}"/>`,
      );
    }
    const lastmod = entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>` : '';
    return `<url><loc>${absolute(entry.path)}</loc>${lastmod}${links.join('')}</url>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}
