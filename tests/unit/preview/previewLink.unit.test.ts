import { portals } from '@portals/content-models';
import { parseEnv } from '@portals/cms/env';
import { previewLink, verifyPreviewToken } from '@portals/cms/preview';
import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';

const secret = 'the-configured-payload-secret-for-this-test';
const req = { payload: { config: { secret } } } as unknown as PayloadRequest;
const now = new Date('2026-03-01T10:00:00Z');
/** The CMS settings parsed from these variables alone. */
const settings = (values: Record<string, string>) => parseEnv({ NODE_ENV: 'test', ...values });
const env = settings({ CMS_PREVIEW_SITE_URLS: 'hospichild=https://preview.hospichild.example' });
const link = previewLink('articles', env, () => now);

function open(doc: Record<string, unknown>, locale = 'fr') {
  const url = link(doc, { locale, req, token: null });
  return typeof url === 'string' ? new URL(url) : null;
}

describe('the admin preview link', () => {
  it('opens the document on its first portal, in the locale being edited', () => {
    const url = open({ id: 12, portals: ['hospichild', 'born-in-brussels'] }, 'nl');
    expect(url?.origin).toBe('https://preview.hospichild.example');
    expect(url?.pathname).toBe('/nl/preview/articles/12/');
  });

  it('carries a token for this document that expires after CMS_PREVIEW_TTL_MINUTES', () => {
    const url = open({ id: 12, portals: ['hospichild'] });
    const token = url?.searchParams.get('token');
    const subject = { collection: 'articles', id: 12 };
    expect(verifyPreviewToken(secret, subject, token, now)).toEqual({
      ok: true,
      expiresAt: new Date(now.getTime() + 15 * 60_000),
    });
    expect(verifyPreviewToken(secret, { collection: 'articles', id: 13 }, token, now).ok).toBe(
      false,
    );
  });

  it('falls back to the portal default origin, its local port', () => {
    const url = open({ id: 3, portals: ['born-in-brussels'] });
    expect(url?.origin).toBe(`http://localhost:${portals.bornInBrussels.localPort}`);
  });

  it('previews a French-only portal in French whatever the admin locale', () => {
    expect(open({ id: 3, portals: ['seul-avec-enfant'] }, 'nl')?.pathname).toBe(
      '/fr/preview/articles/3/',
    );
  });

  it('offers no link for a document on no portal or not yet saved', () => {
    expect(open({ id: 3, portals: [] })).toBeNull();
    expect(open({ portals: ['hospichild'] })).toBeNull();
  });
});

describe('preview settings', () => {
  it('default to 15 minutes and each portal on its local port', () => {
    const defaults = settings({});
    expect(defaults.CMS_PREVIEW_TTL_MINUTES).toBe(15);
    expect(defaults.CMS_PREVIEW_SITE_URLS.hospichild).toBe(
      `http://localhost:${portals.hospichild.localPort}`,
    );
  });

  it('reject an unknown portal or a URL that is not one, naming the variable', () => {
    expect(() => settings({ CMS_PREVIEW_SITE_URLS: 'nowhere=https://x.example' })).toThrow(
      /CMS_PREVIEW_SITE_URLS/,
    );
    expect(() => settings({ CMS_PREVIEW_SITE_URLS: 'hospichild=not a url' })).toThrow(
      /CMS_PREVIEW_SITE_URLS/,
    );
    expect(() => settings({ CMS_PREVIEW_TTL_MINUTES: '0' })).toThrow(/CMS_PREVIEW_TTL_MINUTES/);
  });
});
