import { portals, type PreviewableCollection } from '@portals/content-models';
import { parseEnv } from '@portals/cms/env';
import { previewLink, verifyPreviewToken } from '@portals/cms/preview';
import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';

const secret = 'the-configured-payload-secret-for-this-test';
const now = new Date('2026-03-01T10:00:00Z');

/** A request by `user`, whose reads (access enforced) find the documents with these ids. */
function requestBy(user: object | null, readable: readonly (string | number)[] = [12, 3]) {
  const reads: unknown[] = [];
  const findByID = (options: { id: string | number; overrideAccess?: boolean }) => {
    reads.push(options);
    return Promise.resolve(readable.includes(options.id) ? { id: options.id } : null);
  };
  const req = { user, payload: { config: { secret }, findByID } } as unknown as PayloadRequest;
  return { req, reads };
}

const editor = { id: 7, collection: 'users', role: 'editor' };
/** The CMS settings parsed from these variables alone. */
const settings = (values: Record<string, string>) => parseEnv({ NODE_ENV: 'test', ...values });
const env = settings({ CMS_PREVIEW_SITE_URLS: 'hospichild=https://preview.hospichild.example' });

async function open(
  doc: Record<string, unknown>,
  locale = 'fr',
  {
    req = requestBy(editor).req,
    collection = 'articles',
  }: { req?: PayloadRequest; collection?: PreviewableCollection } = {},
) {
  const url = await previewLink(collection, env, () => now)(doc, { locale, req, token: null });
  return typeof url === 'string' ? new URL(url) : null;
}

describe('the admin preview link', () => {
  it('opens the document on its first portal, in the locale being edited', async () => {
    const url = await open({ id: 12, portals: ['hospichild', 'born-in-brussels'] }, 'nl');
    expect(url?.origin).toBe('https://preview.hospichild.example');
    expect(url?.pathname).toBe('/nl/preview/articles/12/');
  });

  it('carries a token for this document that expires after CMS_PREVIEW_TTL_MINUTES', async () => {
    const url = await open({ id: 12, portals: ['hospichild'] });
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

  it('falls back to the portal default origin, its local port', async () => {
    const url = await open({ id: 3, portals: ['born-in-brussels'] });
    expect(url?.origin).toBe(`http://localhost:${portals.bornInBrussels.localPort}`);
  });

  it('previews a French-only portal in French whatever the admin locale', async () => {
    expect((await open({ id: 3, portals: ['seul-avec-enfant'] }, 'nl'))?.pathname).toBe(
      '/fr/preview/articles/3/',
    );
  });

  it('offers no link for a document on no portal or not yet saved', async () => {
    expect(await open({ id: 3, portals: [] })).toBeNull();
    expect(await open({ portals: ['hospichild'] })).toBeNull();
  });

  it('points to the preview page of the document’s own collection', async () => {
    const url = await open({ id: 12, portals: ['hospichild'] }, 'fr', { collection: 'hospitals' });
    expect(url?.pathname).toBe('/fr/preview/hospitals/12/');
    const token = url?.searchParams.get('token');
    expect(verifyPreviewToken(secret, { collection: 'hospitals', id: 12 }, token, now).ok).toBe(
      true,
    );
    expect(verifyPreviewToken(secret, { collection: 'articles', id: 12 }, token, now).ok).toBe(
      false,
    );
  });

  it('#13 signs a link only after reading the document as the user, access enforced', async () => {
    const { req, reads } = requestBy(editor, [12]);
    expect(await open({ id: 13, portals: ['hospichild'] }, 'fr', { req })).toBeNull();
    expect(reads).toMatchObject([{ id: 13, overrideAccess: false, user: editor, draft: true }]);
    expect(await open({ id: 12, portals: ['hospichild'] }, 'fr', { req })).not.toBeNull();
  });

  it('#13 offers no link to a request without a user', async () => {
    const { req, reads } = requestBy(null);
    expect(await open({ id: 12, portals: ['hospichild'] }, 'fr', { req })).toBeNull();
    expect(reads).toEqual([]);
  });
});

describe('preview settings', () => {
  it('default to 15 minutes and each portal on its local port', () => {
    const defaults = settings({});
    expect(defaults.CMS_PREVIEW_TTL_MINUTES).toBe(15);
    expect(defaults.CMS_PREVIEW_SITE_URLS.hospichild).toBe('http://localhost:4321');
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
