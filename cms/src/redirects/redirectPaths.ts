/**
 * Paths as the static hosts answer them: `/fr/page` and `/fr/page/` are the same page, a
 * fragment never reaches the server. Redirect lookups compare these forms.
 */
export function normalizedPath(path: string): string {
  const withoutFragment = path.split('#')[0] ?? path;
  const [pathname = '', query] = withoutFragment.split('?');
  const last = pathname.split('/').pop() ?? '';
  const slashed = pathname.endsWith('/') || last.includes('.') ? pathname : `${pathname}/`;
  return query === undefined ? slashed : `${slashed}?${query}`;
}

/** The spellings of a path a redirect's `from` may have been typed with. */
export function pathSpellings(path: string): string[] {
  const normal = normalizedPath(path);
  const [pathname = '', query] = normal.split('?');
  const bare = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const withQuery = (p: string) => (query === undefined ? p : `${p}?${query}`);
  return [...new Set([normal, withQuery(bare), path])];
}

/** An external address (`https://…`) leaves the portal: no rule of ours follows it. */
export function isExternal(target: string): boolean {
  return /^https?:\/\//i.test(target);
}
