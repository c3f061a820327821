import { createHash } from 'node:crypto';

/** A short digest of any JSON-serialisable value (what a page shows of it). */
export function digestOf(value: unknown): string {
  return createHash('sha1')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('base64url');
}
