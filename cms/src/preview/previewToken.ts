import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PreviewRefusal } from '@portals/content-models';

/** The document a preview token opens. */
export interface PreviewSubject {
  collection: string;
  id: string | number;
}

export type PreviewCheck = { ok: true; expiresAt: Date } | { ok: false; refusal: PreviewRefusal };

// Derived from Payload's secret under its own label, so a preview token can never pass for a
// session token (or the reverse) and no second secret has to be configured or stored.
const purpose = 'portals/preview-token/v1';

// `<expiry in seconds since the epoch>.<HMAC-SHA256, base64url>`: short enough for a URL, and
// the expiry is readable (hence an expired link can be told apart) but covered by the MAC.
const tokenPattern = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: string, subject: PreviewSubject, expiresAtSeconds: number): Buffer {
  const key = createHmac('sha256', secret).update(purpose).digest();
  // Newline-separated: neither a collection slug nor an id can contain one.
  const message = [subject.collection, String(subject.id), String(expiresAtSeconds)].join('\n');
  return createHmac('sha256', key).update(message).digest();
}

/** A token that opens the latest draft of `subject` until `expiresAt` (to the second). */
export function signPreviewToken(secret: string, subject: PreviewSubject, expiresAt: Date): string {
  const seconds = Math.floor(expiresAt.getTime() / 1000);
  return `${seconds}.${mac(secret, subject, seconds).toString('base64url')}`;
}

/**
 * Checks a token against the document it is presented for. The signature is checked first
 * (in constant time), so only a genuine token can be reported `expired`.
 */
export function verifyPreviewToken(
  secret: string,
  subject: PreviewSubject,
  token: string | null | undefined,
  now: Date = new Date(),
): PreviewCheck {
  const match = tokenPattern.exec(token ?? '');
  if (!match) return { ok: false, refusal: 'invalid' };
  const seconds = Number(match[1]);
  // Compared as text: decoding would accept several spellings of the same bytes.
  const given = Buffer.from(match[2] ?? '');
  const expected = Buffer.from(mac(secret, subject, seconds).toString('base64url'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, refusal: 'invalid' };
  }
  const expiresAt = new Date(seconds * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, refusal: 'expired' };
  return { ok: true, expiresAt };
}
