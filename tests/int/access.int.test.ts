import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, createEditor } from './support/fixtures.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

describe('editors are scoped to their portals', () => {
  it('lets an editor update an article of their own portal', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const article = await createArticle(cms.payload);
    const updated = await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      data: { title: 'Titre revu par l’éditrice' },
      user: editor,
      overrideAccess: false,
    });
    expect(updated.title).toBe('Titre revu par l’éditrice');
  });

  it('refuses an editor updating an article of a portal not assigned to them', async () => {
    const editor = await createEditor(cms.payload, ['born-in-brussels']);
    const article = await createArticle(cms.payload, { portals: ['hospichild'] });
    await expect(
      cms.payload.update({
        collection: 'articles',
        id: article.id,
        data: { title: 'Intrusion' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow();
  });

  it('refuses an editor creating an article on a portal not assigned to them', async () => {
    const editor = await createEditor(cms.payload, ['born-in-brussels']);
    await expect(
      cms.payload.create({
        collection: 'articles',
        locale: 'fr',
        data: { title: 'Hors de mon portail', kind: 'news', portals: ['hospichild'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/non attribué.*hospichild/);
  });

  it('refuses an editor moving their article onto another portal', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const article = await createArticle(cms.payload, { portals: ['hospichild'] });
    await expect(
      cms.payload.update({
        collection: 'articles',
        id: article.id,
        data: { portals: ['hospichild', 'seul-avec-enfant'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/non attribué.*seul-avec-enfant/);
  });

  it('refuses an editor deleting an article of another portal', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const article = await createArticle(cms.payload, { portals: ['seul-avec-enfant'] });
    await expect(
      cms.payload.delete({
        collection: 'articles',
        id: article.id,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow();
  });

  it('shows an editor the drafts of their portals but not those of other portals', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const own = await createArticle(cms.payload, {
      title: 'Brouillon Hospichild',
      status: 'draft',
    });
    const other = await createArticle(cms.payload, {
      title: 'Brouillon autre portail',
      portals: ['born-in-brussels'],
      status: 'draft',
    });
    const { docs } = await cms.payload.find({
      collection: 'articles',
      draft: true,
      user: editor,
      overrideAccess: false,
      limit: 200,
    });
    const ids = docs.map((doc) => doc.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
  });

  it('does not let an editor promote themselves to admin', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const after = await cms.payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin', portals: ['hospichild', 'seul-avec-enfant'] },
      user: editor,
      overrideAccess: false,
    });
    expect(after.role).toBe('editor');
    expect(after.portals).toEqual(['hospichild']);
  });

  it('refuses anonymous writes', async () => {
    await expect(
      cms.payload.create({
        collection: 'articles',
        data: { title: 'Anonyme', kind: 'news', portals: ['hospichild'] },
        overrideAccess: false,
      }),
    ).rejects.toThrow();
  });
});
