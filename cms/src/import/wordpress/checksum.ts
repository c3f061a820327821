import { createHash } from 'node:crypto';

/** A short fingerprint of what an import wrote, to tell a changed export from the same one. */
export function checksum(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
