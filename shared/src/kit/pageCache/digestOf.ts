import { createHash } from 'node:crypto';

/** JSON drops what a Map or a Set holds: they are digested as their entries. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { Map: [...value] };
  if (value instanceof Set) return { Set: [...value] };
  return value;
}

/** A short digest of any JSON-like value (what a page shows of it). */
export function digestOf(value: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify(value, replacer) ?? 'undefined')
    .digest('base64url');
}
