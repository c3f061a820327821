import type { RedirectRule } from './resolveRedirects.ts';

/**
 * A path as browsers send it: percent-encoded, whether the editor wrote `/fr/été` or
 * `/fr/%C3%A9t%C3%A9`. A malformed escape is kept as written.
 */
export function encodedPath(path: string): string {
  try {
    return encodeURI(decodeURI(path));
  } catch {
    return path;
  }
}

/** A path as servers match it after decoding (Apache's `RewriteRule`, nginx's `$uri`). */
export function decodedPath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A rule's old path split as servers see it: the path, and the query string or null. */
export function splitFrom(rule: Pick<RedirectRule, 'from'>): {
  path: string;
  query: string | null;
} {
  const at = rule.from.indexOf('?');
  return at < 0
    ? { path: rule.from, query: null }
    : { path: rule.from.slice(0, at), query: rule.from.slice(at + 1) };
}

/** The target as sent in `Location`: an absolute URL normalised, a path percent-encoded. */
export function encodedTarget(to: string): string {
  if (/^https?:\/\//i.test(to)) return new URL(to).href;
  return encodedPath(to);
}

/** Characters with a meaning in regular expressions, escaped to match themselves. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Rules with a query string first: an exact path and query beats the path alone. */
export function specificFirst(rules: readonly RedirectRule[]): RedirectRule[] {
  const withQuery = rules.filter((rule) => rule.from.includes('?'));
  return [...withQuery, ...rules.filter((rule) => !rule.from.includes('?'))];
}
