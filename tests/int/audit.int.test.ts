import type { AuditEntry } from '@portals/content-models/payload-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { createArticle } from './support/fixtures.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let actors: Actors;

beforeAll(async () => {
  cms = await startPayload();
  const theme = await cms.payload.create({
    collection: 'themes',
    locale: 'fr',
    data: { title: 'Thème audité', portals: ['seul-avec-enfant'] },
    overrideAccess: true,
  });
  actors = await createActors(cms.payload, theme.id);
});
afterAll(async () => {
  await cms?.stop();
});

/** Entries about one article written since `since` (SQLite may give a deleted article's id to a new one). */
async function entriesFor(documentId: number | string, since: string): Promise<AuditEntry[]> {
  const { docs } = await cms.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { collection: { equals: 'articles' } },
        { documentId: { equals: String(documentId) } },
        { createdAt: { greater_than_equal: since } },
      ],
    },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  });
  return docs;
}

const editorSaves = (data: Record<string, unknown>, id: number, draft = false) =>
  cms.payload.update({
    collection: 'articles',
    id,
    locale: 'fr',
    draft,
    data,
    user: actors.editor,
    overrideAccess: false,
  });

describe('the audit trail', () => {
  it('records who created, changed, published, unpublished and deleted a document', async () => {
    const since = new Date().toISOString();
    const doc = await cms.payload.create({
      collection: 'articles',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Article suivi',
        kind: 'news',
        portals: ['seul-avec-enfant'],
        _status: 'draft',
      },
      user: actors.editor,
      overrideAccess: false,
    });
    await editorSaves({ summary: 'Un résumé.' }, doc.id, true);
    await editorSaves({ _status: 'published' }, doc.id);
    await editorSaves({ _status: 'draft' }, doc.id);
    await cms.payload.delete({
      collection: 'articles',
      id: doc.id,
      user: actors.editor,
      overrideAccess: false,
    });
    const entries = await entriesFor(doc.id, since);
    expect(entries.map((entry) => entry.action)).toEqual([
      'create',
      'update',
      'publish',
      'unpublish',
      'delete',
    ]);
    expect(new Set(entries.map((entry) => entry.userEmail))).toEqual(
      new Set([actors.editor.email]),
    );
    expect(entries[0]?.documentTitle).toBe('Article suivi');
    expect(entries[0]?.collection).toBe('articles');
  });

  it('records a draft saved over a published text as a change, not an unpublication', async () => {
    const since = new Date().toISOString();
    const doc = await createArticle(cms.payload, { portals: ['seul-avec-enfant'] });
    await editorSaves({ title: 'Nouvelle version en cours', _status: 'draft' }, doc.id, true);
    expect((await entriesFor(doc.id, since)).map((entry) => entry.action)).toEqual([
      'create',
      'publish',
      'update',
    ]);
  });

  it('records logins', async () => {
    await cms.payload.login({
      collection: 'users',
      data: { email: actors.editor.email, password: 'test-password-1' },
    });
    const { docs } = await cms.payload.find({
      collection: 'audit-log',
      where: {
        and: [{ action: { equals: 'login' } }, { userEmail: { equals: actors.editor.email } }],
      },
      overrideAccess: true,
    });
    expect(docs).toHaveLength(1);
  });

  it('lets admins read it and nobody else', async () => {
    const read = async (actor: keyof Actors) =>
      (
        await cms.payload
          .find({ collection: 'audit-log', user: actors[actor], overrideAccess: false, limit: 1 })
          .catch(() => ({ totalDocs: -1 }))
      ).totalDocs;
    expect(await read('admin')).toBeGreaterThan(0);
    for (const actor of ['anonymous', 'editor', 'referent'] as const)
      expect(await read(actor)).toBeLessThanOrEqual(0);
  });

  it('cannot be written, altered or deleted by editors, nor by admins', async () => {
    const [entry] = (
      await cms.payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })
    ).docs;
    if (!entry) throw new Error('No audit entry to tamper with.');
    for (const actor of ['editor', 'admin'] as const) {
      const user = actors[actor];
      await expect(
        cms.payload.update({
          collection: 'audit-log',
          id: entry.id,
          data: { userEmail: 'quelquun@example.test' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toThrow();
      await expect(
        cms.payload.delete({ collection: 'audit-log', id: entry.id, user, overrideAccess: false }),
      ).rejects.toThrow();
      await expect(
        cms.payload.create({
          collection: 'audit-log',
          data: { action: 'delete' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toThrow();
    }
    const after = await cms.payload.findByID({
      collection: 'audit-log',
      id: entry.id,
      overrideAccess: true,
    });
    expect(after.userEmail).toBe(entry.userEmail);
  });
});
