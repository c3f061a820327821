import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a newsletter link lets its holder do, for one subscriber. */
export type NewsletterAction = 'confirm' | 'unsubscribe';

export type NewsletterTokenCheck =
  { ok: true; subscriberId: string } | { ok: false; refusal: 'invalid' | 'expired' };

// Derived from Payload's secret under its own label, so a newsletter link can never pass for a
// session or preview token (nor the reverse) and no second secret has to be kept.
const purpose = 'portals/newsletter-token/v1';

// `<subscriber id>.<expiry in seconds, 0 = never>.<HMAC-SHA256, base64url>`. The action is
// covered by the MAC but not written: a confirmation link cannot be replayed as an
// unsubscription (nor the reverse).
const tokenPattern = /^([A-Za-z0-9]{1,40})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: string, action: NewsletterAction, id: string, expires: number): string {
  const key = createHmac('sha256', secret).update(purpose).digest();
  return createHmac('sha256', key)
    .update([action, id, String(expires)].join('\n'))
    .digest('base64url');
}

/**
 * A link token for one subscriber. `expiresAt` undefined: it never expires (the unsubscribe
 * link of an e-mail must work for as long as the reader keeps the e-mail).
 */
export function signNewsletterToken(
  secret: string,
  action: NewsletterAction,
  subscriberId: string | number,
  expiresAt?: Date,
): string {
  const expires = expiresAt ? Math.floor(expiresAt.getTime() / 1000) : 0;
  const id = String(subscriberId);
  return `${id}.${expires}.${mac(secret, action, id, expires)}`;
}

/** Checks a token (signature first, in constant time, so only a genuine one can be `expired`). */
export function verifyNewsletterToken(
  secret: string,
  action: NewsletterAction,
  token: string | null | undefined,
  now: Date = new Date(),
): NewsletterTokenCheck {
  const match = tokenPattern.exec(token ?? '');
  if (!match) return { ok: false, refusal: 'invalid' };
  const [, id = '', expiresText = '', given = ''] = match;
  const expires = Number(expiresText);
  const expected = Buffer.from(mac(secret, action, id, expires));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, refusal: 'invalid' };
  }
  if (expires !== 0 && expires * 1000 <= now.getTime()) return { ok: false, refusal: 'expired' };
  return { ok: true, subscriberId: id };
}
