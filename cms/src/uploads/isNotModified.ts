/**
 * Whether a conditional GET already holds the representation whose validators are `etag` and
 * `modified` (RFC 9110 §13.1.2 and §13.1.3): `If-None-Match` compared weakly, with a list or
 * `*`; `If-Modified-Since` only when no `If-None-Match` was sent, to the second.
 */
export function isNotModified(headers: Headers, etag: string, modified: Date): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    const tags = ifNoneMatch.split(',').map(opaque);
    return tags.includes('*') || tags.includes(opaque(etag));
  }
  const since = Date.parse(headers.get('if-modified-since') ?? '');
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}
