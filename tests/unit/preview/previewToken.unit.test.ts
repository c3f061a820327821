import { signPreviewToken, verifyPreviewToken } from '@portals/cms/preview';
import { describe, expect, it } from 'vitest';

const secret = 'a-test-secret-that-is-long-enough-for-payload';
const article = { collection: 'articles', id: 12 };
const now = new Date('2026-03-01T10:00:00Z');
const inFifteenMinutes = new Date(now.getTime() + 15 * 60_000);
const token = signPreviewToken(secret, article, inFifteenMinutes);

/** The token with one character of its signature changed. */
function tamperedSignature(value: string): string {
  const last = value.at(-5) === 'A' ? 'B' : 'A';
  return `${value.slice(0, -5)}${last}${value.slice(-4)}`;
}

describe('preview tokens', () => {
  it('open the document they were signed for until they expire', () => {
    expect(verifyPreviewToken(secret, article, token, now)).toEqual({
      ok: true,
      expiresAt: inFifteenMinutes,
    });
  });

  it('accept the id as text, as it arrives in a URL', () => {
    expect(verifyPreviewToken(secret, { collection: 'articles', id: '12' }, token, now).ok).toBe(
      true,
    );
  });

  it('are refused once expired, and told apart from forged ones', () => {
    const atExpiry = inFifteenMinutes;
    expect(verifyPreviewToken(secret, article, token, atExpiry)).toEqual({
      ok: false,
      refusal: 'expired',
    });
    const oneSecondBefore = new Date(inFifteenMinutes.getTime() - 1000);
    expect(verifyPreviewToken(secret, article, token, oneSecondBefore).ok).toBe(true);
  });

  it('are refused for another document or another collection', () => {
    expect(verifyPreviewToken(secret, { collection: 'articles', id: 13 }, token, now)).toEqual({
      ok: false,
      refusal: 'invalid',
    });
    expect(verifyPreviewToken(secret, { collection: 'faq', id: 12 }, token, now).ok).toBe(false);
  });

  it('are refused when their signature is altered', () => {
    const altered = tamperedSignature(token);
    expect(altered).not.toBe(token);
    expect(verifyPreviewToken(secret, article, altered, now)).toEqual({
      ok: false,
      refusal: 'invalid',
    });
  });

  it('are refused when their expiry is pushed back, even though it is readable', () => {
    const [seconds, signature] = token.split('.') as [string, string];
    const extended = `${Number(seconds) + 3600}.${signature}`;
    const later = new Date(inFifteenMinutes.getTime() + 60_000);
    expect(verifyPreviewToken(secret, article, extended, later)).toEqual({
      ok: false,
      refusal: 'invalid',
    });
  });

  it('are refused when signed with another secret', () => {
    const forged = signPreviewToken(
      'another-secret-of-the-same-length-or-so',
      article,
      inFifteenMinutes,
    );
    expect(verifyPreviewToken(secret, article, forged, now).ok).toBe(false);
  });

  it('are refused when missing or malformed', () => {
    for (const value of [null, undefined, '', 'abc', `${token}x`, token.replace('.', ':')]) {
      expect(verifyPreviewToken(secret, article, value, now)).toEqual({
        ok: false,
        refusal: 'invalid',
      });
    }
  });
});
