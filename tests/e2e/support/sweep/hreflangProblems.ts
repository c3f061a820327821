import type { BuiltPage, BuiltSite } from './builtSite.ts';
import { htmlLang } from './htmlTags.ts';

interface Alternate {
  hreflang: string;
  path: string;
}

function alternatesOf(page: BuiltPage, origin: string, problems: string[]): Alternate[] {
  const alternates: Alternate[] = [];
  for (const tag of page.tags) {
    const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (tag.name !== 'link' || !rel.includes('alternate') || !tag.attrs.hreflang) continue;
    const url = new URL(tag.attrs.href ?? '', new URL(page.urlPath, origin));
    if (url.origin !== origin) {
      problems.push(
        `${page.urlPath}: hreflang="${tag.attrs.hreflang}" leaves the portal (${url.href})`,
      );
      continue;
    }
    alternates.push({ hreflang: tag.attrs.hreflang, path: url.pathname });
  }
  return alternates;
}

/**
 * Pages whose hreflang alternates are not reciprocal: a page that lists alternates lists
 * itself (under its own language or as x-default), every page it lists exists, is in the
 * language it is listed under, and lists it back.
 */
export function hreflangProblems(site: BuiltSite): string[] {
  const origin = new URL(site.url).origin;
  const problems: string[] = [];
  const alternates = new Map<string, Alternate[]>();
  for (const page of site.pages.values()) {
    alternates.set(page.urlPath, alternatesOf(page, origin, problems));
  }
  for (const page of site.pages.values()) {
    const listed = alternates.get(page.urlPath) ?? [];
    if (listed.length === 0) continue;
    const lang = htmlLang(page.tags);
    const self = listed.filter((alternate) => alternate.path === page.urlPath);
    if (self.length === 0)
      problems.push(`${page.urlPath}: does not list itself among its alternates`);
    for (const { hreflang } of self) {
      if (hreflang !== 'x-default' && hreflang !== lang) {
        problems.push(
          `${page.urlPath}: lists itself as hreflang="${hreflang}" but is lang="${lang}"`,
        );
      }
    }
    for (const { hreflang, path } of listed) {
      if (path === page.urlPath) continue;
      const target = site.pages.get(path);
      if (!target) {
        problems.push(`${page.urlPath}: hreflang="${hreflang}" ${path} is not a page of the build`);
        continue;
      }
      const targetLang = htmlLang(target.tags);
      if (hreflang !== 'x-default' && targetLang !== hreflang) {
        problems.push(
          `${page.urlPath}: hreflang="${hreflang}" ${path} is a page in lang="${targetLang}"`,
        );
      }
      if (!(alternates.get(path) ?? []).some((back) => back.path === page.urlPath)) {
        problems.push(`${page.urlPath}: lists ${path} (${hreflang}), which does not list it back`);
      }
    }
  }
  return problems;
}
