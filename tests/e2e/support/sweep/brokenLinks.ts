import { fileOfPath, urlPathOf, type BuiltPage, type BuiltSite } from './builtSite.ts';
import type { HtmlTag } from './htmlTags.ts';

/** The attributes that make a browser follow or fetch an address, per element. */
const linkAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

/** Every address a tag names (each candidate of a `srcset`). */
export function addressesOf(tag: HtmlTag): string[] {
  const addresses: string[] = [];
  for (const name of linkAttributes[tag.name] ?? []) {
    const value = tag.attrs[name];
    if (value === undefined) continue;
    if (name === 'srcset') {
      for (const candidate of value.split(',')) {
        const address = candidate.trim().split(/\s+/)[0];
        if (address) addresses.push(address);
      }
    } else if (value.trim() !== '') {
      addresses.push(value.trim());
    }
  }
  return addresses;
}

/** The ids a page's fragments may point at (`id`, and the old `a name`). */
function anchorsOf(page: BuiltPage, cache: WeakMap<BuiltPage, Set<string>>): Set<string> {
  let anchors = cache.get(page);
  if (!anchors) {
    anchors = new Set();
    for (const tag of page.tags) {
      if (tag.attrs.id) anchors.add(tag.attrs.id);
      if (tag.name === 'a' && tag.attrs.name) anchors.add(tag.attrs.name);
    }
    cache.set(page, anchors);
  }
  return anchors;
}

/**
 * Every internal address on every page of `site` that the build cannot answer: a missing file
 * (a trailing slash means the folder's `index.html`), or a `#fragment` with no such id on the
 * target page. An absolute address on another built portal's site URL is checked in that
 * portal's build; any other host is external and not checked here.
 */
export function brokenLinks(site: BuiltSite, allSites: readonly BuiltSite[]): string[] {
  const byOrigin = new Map(allSites.map((other) => [new URL(other.url).origin, other]));
  byOrigin.set(new URL(site.url).origin, site);
  const anchorCache = new WeakMap<BuiltPage, Set<string>>();
  const problems: string[] = [];
  for (const page of site.pages.values()) {
    const base = new URL(page.urlPath, site.url);
    for (const tag of page.tags) {
      for (const address of addressesOf(tag)) {
        let url: URL;
        try {
          url = new URL(address, base);
        } catch {
          problems.push(`${page.urlPath}: <${tag.name}> "${address}" is not a valid address`);
          continue;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        const target = byOrigin.get(url.origin);
        if (!target) continue;
        const where = target === site ? '' : ` (portal ${target.portalId})`;
        const file = fileOfPath(target.files, url.pathname);
        if (!file) {
          problems.push(`${page.urlPath}: <${tag.name}> "${address}"${where} has no file`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        // `#top` and a bare `#` scroll to the top of any page, by the HTML standard.
        if (!fragment || fragment.toLowerCase() === 'top' || !file.endsWith('.html')) continue;
        const targetPage = target.pages.get(urlPathOf(file));
        if (targetPage && !anchorsOf(targetPage, anchorCache).has(fragment)) {
          problems.push(
            `${page.urlPath}: <${tag.name}> "${address}"${where}: no element with id "${fragment}"`,
          );
        }
      }
    }
  }
  return problems;
}
