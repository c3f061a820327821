import { siteFields, type PreviewableCollection } from '@portals/content-models';
import type { User } from '@portals/content-models/payload-types';
import { signPreviewToken } from '@portals/cms/preview';
import { articleDocSchema } from '@portals/shared/cms';
import { createLocalReq, handleEndpoints, type GeneratePreviewURL } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, createEditor, paragraph } from './support/fixtures.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

const password = 'test-password-1';
let cms: TestPayload;
let admin: User;
/** An editor of seul avec enfant only: Hospichild drafts are not hers to read. */
let outsider: User;
let published: { id: number };
let neverPublished: { id: number };
let hospital: { id: number };
let agendaItem: { id: number };
beforeAll(async () => {
  cms = await startPayload();
  admin = await cms.payload.create({
    collection: 'users',
    data: { email: 'preview-admin@example.test', password, role: 'admin' },
    overrideAccess: true,
  });
  outsider = await createEditor(cms.payload, ['seul-avec-enfant']);
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
  hospital = await cms.payload.create({
    collection: 'hospitals',
    locale: 'fr',
    draft: true,
    data: {
      name: 'Hôpital pélican en brouillon',
      portals: ['hospichild'],
      maternity: { body: paragraph('Maternité pélican.') },
      _status: 'draft',
    },
    overrideAccess: true,
  });
  agendaItem = await cms.payload.create({
    collection: 'agenda',
    locale: 'fr',
    draft: true,
    data: {
      title: 'Colloque ornithorynque en brouillon',
      kind: 'colloquium',
      startsAt: '2027-03-04T09:00:00.000Z',
      audiences: ['professionals'],
      portals: ['hospichild'],
      _status: 'draft',
    },
    overrideAccess: true,
  });
});
afterAll(async () => {
  await cms?.stop();
});

/** A request through Payload's REST router, as the portal's preview page sends it. */
async function get(path: string, headers: HeadersInit = {}) {
  const response = await handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000${path}`, { headers }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

/** The link the admin's Preview button offers `user` for this document, or null. */
async function linkFor(
  collection: PreviewableCollection,
  id: number,
  user: User = admin,
): Promise<URL | null> {
  const preview = cms.payload.collections[collection].config.admin.preview as GeneratePreviewURL;
  const doc = await cms.payload.findByID({ collection, id, draft: true, overrideAccess: true });
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, cms.payload);
  const url = await preview(doc as unknown as Record<string, unknown>, {
    locale: 'fr',
    req,
    token: null,
  });
  return typeof url === 'string' ? new URL(url) : null;
}

/** The link the admin's Preview button offers an admin for this article. */
async function adminLink(id: number): Promise<URL> {
  const url = await linkFor('articles', id);
  if (!url) throw new Error('the admin offers no preview link');
  return url;
}

function tokenOf(url: URL | null): string {
  return url?.searchParams.get('token') ?? '';
}

async function previewWith(
  id: number,
  token: string | null,
  collection: PreviewableCollection = 'articles',
  headers: HeadersInit = {},
) {
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  return get(`/api/preview/${collection}/${id}${query}`, headers);
}

/** The header a browser logged in to the CMS as `user` would send. */
async function sessionOf(user: User): Promise<HeadersInit> {
  const { token } = await cms.payload.login({
    collection: 'users',
    data: { email: user.email, password },
  });
  return { Authorization: `JWT ${token ?? ''}` };
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

describe('the preview of a hospital or an agenda item', () => {
  it('returns a hospital draft, only the site fields, to the holder of its link', async () => {
    const link = await linkFor('hospitals', hospital.id);
    expect(link?.pathname).toBe(`/fr/preview/hospitals/${hospital.id}/`);
    const response = await previewWith(hospital.id, tokenOf(link), 'hospitals');
    expect(response.status).toBe(200);
    const { doc } = response.json() as { doc: Record<string, unknown> };
    expect(doc).toMatchObject({ name: { fr: 'Hôpital pélican en brouillon' }, _status: 'draft' });
    const allowed = new Set<string>(['id', ...siteFields.hospitals]);
    expect(Object.keys(doc).filter((key) => !allowed.has(key))).toEqual([]);
  });

  it('returns an agenda item draft to the holder of its link', async () => {
    const link = await linkFor('agenda', agendaItem.id);
    expect(link?.pathname).toBe(`/fr/preview/agenda/${agendaItem.id}/`);
    const response = await previewWith(agendaItem.id, tokenOf(link), 'agenda');
    expect(response.status).toBe(200);
    expect(response.text).toContain('Colloque ornithorynque en brouillon');
  });

  it('refuses (403) a token signed for another collection, even with the same id', async () => {
    const forArticle = signPreviewToken(
      cms.payload.config.secret,
      { collection: 'articles', id: hospital.id },
      new Date(Date.now() + 60_000),
    );
    const response = await previewWith(hospital.id, forArticle, 'hospitals');
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ error: 'invalid' });
    expect(response.text).not.toContain('pélican');
  });

  it('refuses (403) the token of another hospital', async () => {
    const token = tokenOf(await linkFor('hospitals', hospital.id));
    const other = hospital.id + 1000;
    const response = await previewWith(other, token, 'hospitals');
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ error: 'invalid' });
  });

  it('refuses (410) an expired hospital link', async () => {
    const expired = signPreviewToken(
      cms.payload.config.secret,
      { collection: 'hospitals', id: hospital.id },
      new Date(Date.now() - 1000),
    );
    const response = await previewWith(hospital.id, expired, 'hospitals');
    expect(response.status).toBe(410);
    expect(response.json()).toMatchObject({ error: 'expired' });
    expect(response.text).not.toContain('pélican');
  });

  it('keeps the hospital draft out of anonymous REST reads', async () => {
    const byId = await get(`/api/hospitals/${hospital.id}?draft=true&locale=all`);
    expect(byId.status).toBe(404);
    expect(byId.text).not.toContain('pélican');
    const list = await get('/api/hospitals?draft=true&limit=100&locale=fr');
    expect(list.text).not.toContain('pélican');
  });
});

describe('#13 a preview link and the account that asks for it', () => {
  it('is not signed for a user who may not read the draft', async () => {
    expect(await linkFor('hospitals', hospital.id, outsider)).toBeNull();
    expect(await linkFor('articles', neverPublished.id, outsider)).toBeNull();
  });

  it('does not open the draft for a session that may not read it, token or not', async () => {
    const token = tokenOf(await linkFor('hospitals', hospital.id));
    const response = await previewWith(hospital.id, token, 'hospitals', await sessionOf(outsider));
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ error: 'invalid' });
    expect(String(response.json().message)).toMatch(/may not read this document/);
    expect(response.text).not.toContain('pélican');
  });

  it('opens it for a session that may read it', async () => {
    const token = tokenOf(await linkFor('hospitals', hospital.id));
    const response = await previewWith(hospital.id, token, 'hospitals', await sessionOf(admin));
    expect(response.status).toBe(200);
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
