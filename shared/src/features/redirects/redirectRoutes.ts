import type { RouteContext, RouteOf, SiteRoute } from '../../kit/contract.ts';
import { resolveRedirects, type RedirectRule } from './resolveRedirects.ts';
import { splitFrom } from './redirectUrls.ts';

/** The rule files of every build, by path: what each web server reads (see README.md). */
export const redirectFiles = {
  '/redirects.json': { format: 'json', contentType: 'application/json; charset=utf-8' },
  '/_redirects': { format: 'netlify', contentType: 'text/plain; charset=utf-8' },
  '/.htaccess': { format: 'apache', contentType: 'text/plain; charset=utf-8' },
  '/nginx-redirects-map.conf': { format: 'nginxMap', contentType: 'text/plain; charset=utf-8' },
  '/nginx-redirects.conf': { format: 'nginxServer', contentType: 'text/plain; charset=utf-8' },
} as const;

export type RedirectFormat = (typeof redirectFiles)[keyof typeof redirectFiles]['format'];

/** Where a fallback page of an old path is written: a folder's `index.html`. */
export function fallbackPath(rule: RedirectRule): string | null {
  const { path, query } = splitFrom(rule);
  if (query !== null) return null;
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The redirects' routes, from the whole route table: the rule files, and a fallback page
 * (refresh, canonical link and visible link to the target) at each old path, for hosts that
 * apply none of the rules. Records left out are named in the build log.
 */
export function redirectRoutes(
  table: readonly SiteRoute[],
  { locales, entries }: RouteContext,
  warn: (message: string) => void,
): SiteRoute[] {
  const { rules, warnings } = resolveRedirects(entries.redirects, table, locales);
  for (const warning of warnings) warn(warning);
  const [first = 'fr'] = locales;
  const files: RouteOf<'redirectRules'>[] = Object.entries(redirectFiles).map(
    ([path, { format, contentType }]) => ({
      kind: 'redirectRules',
      format,
      rules,
      locale: first,
      path,
      canonicalPath: path,
      indexable: false,
      alternates: [],
      languageSwitch: [],
      file: { contentType },
    }),
  );
  const taken = new Set(table.map((route) => route.path));
  const pages: RouteOf<'redirectFallback'>[] = [];
  for (const rule of rules) {
    const path = fallbackPath(rule);
    if (!path || taken.has(path)) continue;
    taken.add(path);
    pages.push({
      kind: 'redirectFallback',
      to: rule.to,
      locale: rule.locale,
      path,
      canonicalPath: rule.to,
      indexable: false,
      alternates: [],
      languageSwitch: [],
    });
  }
  return [...files, ...pages];
}
