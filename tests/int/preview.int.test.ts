import { signPreviewToken } from '@portals/cms/preview';
import { articleDocSchema } from '@portals/shared/cms';
import { createLocalReq, handleEndpoints, type GeneratePreviewURL } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, paragraph } from './support/fixtures.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let published: { id: number };
let neverPublished: { id: number };
beforeAll(async () => {
  cms = await startPayload();
  published = await createArticle(cms.payload, { title: 'Version publiée de l’aperçu' });
  // An editor's pending change: a newer draft on top of the published version.
  await cms.payload.update({
    collection: 'articles',
    id: published.id,
    locale: 'fr',
    draft: true,
    data: { title: 'Modification xylophone en cours', body: paragraph('Texte xylophone.') },
    overrideAccess: true,
  });
  neverPublished = await createArticle(cms.payload, {
    title: 'Brouillon marmotte jamais publié',
    status: 'draft',
  });
});
afterAll(async () => {
  await cms?.stop();
});

/** A request through Payload's REST router, as the portal's preview page sends it. */
async function get(path: string) {
  const response = await handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000${path}`),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

/** The link the admin's Preview button offers an editor for this article. */
async function adminLink(id: number, locale = 'fr'): Promise<URL> {
  const preview = cms.payload.collections.articles.config.admin.preview as GeneratePreviewURL;
  const doc = await cms.payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    overrideAccess: true,
  });
  const req = await createLocalReq({}, cms.payload);
  const url = await preview(doc as unknown as Record<string, unknown>, {
    locale,
    req,
    token: null,
  });
  if (typeof url !== 'string') throw new Error('the admin offers no preview link');
  return new URL(url);
}

async function previewWith(id: number, token: string | null) {
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  return get(`/api/preview/articles/${id}${query}`);
}

describe('the preview endpoint', () => {
  it('returns the latest draft, every locale, to the holder of the admin link', async () => {
    const link = await adminLink(published.id);
    expect(link.pathname).toBe(`/fr/preview/articles/${published.id}/`);
    const response = await previewWith(published.id, link.searchParams.get('token'));
    expect(response.status).toBe(200);
    const { doc, expiresAt } = response.json() as { doc: unknown; expiresAt: string };
    // What the portal's preview page parses it with: the site loader's own schema.
    const parsed = articleDocSchema.parse(doc);
    expect(parsed.title.fr).toBe('Modification xylophone en cours');
    expect(parsed._status).toBe('draft');
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('returns a never-published draft too', async () => {
    const link = await adminLink(neverPublished.id);
    const response = await previewWith(neverPublished.id, link.searchParams.get('token'));
    expect(response.status).toBe(200);
    expect(response.text).toContain('Brouillon marmotte jamais publié');
  });

  it('leaves out the editorial notes the public API hides', async () => {
    const link = await adminLink(published.id);
    const { doc } = (await previewWith(published.id, link.searchParams.get('token'))).json() as {
      doc: Record<string, unknown>;
    };
    expect(Object.keys(doc)).not.toContain('reviewComment');
    expect(Object.keys(doc)).not.toContain('writer');
    expect(Object.keys(doc)).not.toContain('editorialState');
  });

  it('refuses (403) without a token, and says nothing of the draft', async () => {
    const response = await previewWith(published.id, null);
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ error: 'invalid' });
    expect(response.text).not.toContain('xylophone');
  });

  it('refuses (403) the token of another document, or an altered one', async () => {
    const other = (await adminLink(neverPublished.id)).searchParams.get('token') ?? '';
    const forOther = await previewWith(published.id, other);
    expect(forOther.status).toBe(403);
    expect(forOther.text).not.toContain('xylophone');
    const own = (await adminLink(published.id)).searchParams.get('token') ?? '';
    const altered = `${own.slice(0, -1)}${own.endsWith('A') ? 'B' : 'A'}`;
    expect((await previewWith(published.id, altered)).status).toBe(403);
  });

  it('refuses (410) an expired link, telling to reopen the preview from the admin', async () => {
    const expired = signPreviewToken(
      cms.payload.config.secret,
      { collection: 'articles', id: published.id },
      new Date(Date.now() - 1000),
    );
    const response = await previewWith(published.id, expired);
    expect(response.status).toBe(410);
    expect(response.json()).toMatchObject({ error: 'expired' });
    expect(String(response.json().message)).toMatch(/expired.*admin/);
    expect(response.text).not.toContain('xylophone');
  });

  it('answers 404 for a collection without preview, before looking at any token', async () => {
    expect((await get(`/api/preview/users/1?token=x`)).status).toBe(404);
  });
});

describe('anonymous REST reads, preview or not', () => {
  it('still show the published version, never the draft', async () => {
    const byId = await get(`/api/articles/${published.id}?draft=true&locale=all`);
    expect(byId.status).toBe(200);
    expect(byId.text).toContain('Version publiée de l’aperçu');
    expect(byId.text).not.toContain('xylophone');
    const list = await get('/api/articles?draft=true&limit=100&locale=fr');
    expect(list.text).not.toContain('xylophone');
    expect(list.text).not.toContain('marmotte');
  });

  it('do not find a never-published draft by id', async () => {
    const response = await get(`/api/articles/${neverPublished.id}?draft=true`);
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('marmotte');
  });
});
