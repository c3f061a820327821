import { createHash } from 'node:crypto';

/** True for a value with nothing to translate: empty text, or rich text without any words. */
export function isEmpty(value: unknown): boolean {
  if (value == null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object') return !/"text":"[^"]*\S/.test(JSON.stringify(value));
  return false;
}

/**
 * A short fingerprint of a field's value: stored for the source text each translation was
 * made from, compared with the source text's current fingerprint to spot outdated ones.
 */
export function fingerprint(value: unknown): string {
  const text = isEmpty(value) ? '' : JSON.stringify(value);
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}
