import { signNewsletterToken, verifyNewsletterToken } from '@portals/cms/newsletter';
import { describe, expect, it } from 'vitest';

const secret = 'the-configured-payload-secret-for-this-test';
const now = new Date('2026-12-01T10:00:00Z');
const tomorrow = new Date('2026-12-02T10:00:00Z');

describe('newsletter link tokens', () => {
  it('opens the action it was signed for, for its subscriber', () => {
    const token = signNewsletterToken(secret, 'confirm', 42, tomorrow);
    expect(verifyNewsletterToken(secret, 'confirm', token, now)).toEqual({
      ok: true,
      subscriberId: '42',
    });
  });

  it('refuses a token whose subscriber was changed', () => {
    const token = signNewsletterToken(secret, 'confirm', 42, tomorrow).replace(/^42\./, '43.');
    expect(verifyNewsletterToken(secret, 'confirm', token, now)).toEqual({
      ok: false,
      refusal: 'invalid',
    });
  });

  it('refuses a token whose expiry was pushed back', () => {
    const token = signNewsletterToken(secret, 'confirm', 42, tomorrow);
    const [id, expires, signature] = token.split('.');
    const later = `${id}.${Number(expires) + 86_400}.${signature}`;
    expect(verifyNewsletterToken(secret, 'confirm', later, now)).toEqual({
      ok: false,
      refusal: 'invalid',
    });
  });

  it('refuses a confirmation link used to unsubscribe', () => {
    const token = signNewsletterToken(secret, 'confirm', 42, tomorrow);
    expect(verifyNewsletterToken(secret, 'unsubscribe', token, now)).toEqual({
      ok: false,
      refusal: 'invalid',
    });
  });

  it('refuses a token signed with another secret', () => {
    const token = signNewsletterToken('another-secret-of-another-cms-install', 'confirm', 42);
    expect(verifyNewsletterToken(secret, 'confirm', token, now).ok).toBe(false);
  });

  it('reports a genuine token past its expiry as expired', () => {
    const token = signNewsletterToken(secret, 'confirm', 42, now);
    expect(verifyNewsletterToken(secret, 'confirm', token, tomorrow)).toEqual({
      ok: false,
      refusal: 'expired',
    });
  });

  it('keeps an unsubscribe link without expiry valid for ever', () => {
    const token = signNewsletterToken(secret, 'unsubscribe', 'a1b2', undefined);
    const inTenYears = new Date('2036-12-01T10:00:00Z');
    expect(verifyNewsletterToken(secret, 'unsubscribe', token, inTenYears).ok).toBe(true);
  });

  it.each(['', 'garbage', '42.0.short'])('refuses the malformed token "%s"', (token) => {
    expect(verifyNewsletterToken(secret, 'confirm', token, now)).toEqual({
      ok: false,
      refusal: 'invalid',
    });
  });
});
