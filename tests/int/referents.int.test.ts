import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { createArticle, createEditor } from './support/fixtures.ts';
import { rejection } from './support/rejection.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let actors: Actors;
let theme: number;

beforeAll(async () => {
  cms = await startPayload();
  theme = (
    await cms.payload.create({
      collection: 'themes',
      locale: 'fr',
      data: { title: 'Logement', portals: ['seul-avec-enfant'] },
      overrideAccess: true,
    })
  ).id;
  actors = await createActors(cms.payload, theme);
});
afterAll(async () => {
  await cms?.stop();
});

async function themedArticle(status: 'draft' | 'published' = 'draft') {
  const article = await createArticle(cms.payload, { portals: ['seul-avec-enfant'], status });
  return cms.payload.update({
    collection: 'articles',
    id: article.id,
    draft: status === 'draft',
    data: { themes: [theme] },
    overrideAccess: true,
  });
}

describe('referents review without publishing', () => {
  it('lets a referent correct the draft of a text of their theme', async () => {
    const article = await themedArticle();
    const saved = await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: { summary: 'Lien vers le formulaire corrigé.' },
      user: actors.referent,
      overrideAccess: false,
    });
    expect(saved.summary).toBe('Lien vers le formulaire corrigé.');
  });

  it('keeps the themes and portals a referent tries to change', async () => {
    const article = await themedArticle();
    const other = await cms.payload.create({
      collection: 'themes',
      locale: 'fr',
      data: { title: 'Fiscalité', portals: ['seul-avec-enfant'] },
      overrideAccess: true,
    });
    const saved = await cms.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      depth: 0,
      data: { themes: [other.id], portals: ['seul-avec-enfant', 'hospichild'] },
      user: actors.referent,
      overrideAccess: false,
    });
    expect(saved.themes).toEqual([theme]);
    expect(saved.portals).toEqual(['seul-avec-enfant']);
  });

  it('refuses a referent publishing, with a message saying to save a draft', async () => {
    const article = await themedArticle();
    const message = await rejection(
      cms.payload.update({
        collection: 'articles',
        id: article.id,
        data: { _status: 'published' },
        user: actors.referent,
        overrideAccess: false,
      }),
    );
    expect(message).toMatch(/ne les publie pas : enregistrez un brouillon/);
  });

  it('refuses a referent unpublishing a published text', async () => {
    const article = await themedArticle('published');
    await expect(
      cms.payload.update({
        collection: 'articles',
        id: article.id,
        data: { _status: 'draft' },
        user: actors.referent,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/ne les publie pas/);
    const live = await cms.payload.findByID({
      collection: 'articles',
      id: article.id,
      overrideAccess: false,
    });
    expect(live._status).toBe('published');
  });

  it('does not let a referent change their own organisation', async () => {
    const other = await cms.payload.create({
      collection: 'referent-organisations',
      locale: 'fr',
      data: { name: 'Ailleurs' },
      overrideAccess: true,
    });
    const saved = await cms.payload.update({
      collection: 'users',
      id: actors.referent.id,
      depth: 0,
      data: { organisation: other.id },
      user: actors.referent,
      overrideAccess: false,
    });
    expect(saved.organisation).not.toBe(other.id);
  });
});

describe('documents shared by several portals', () => {
  it('lets an editor of one portal correct an article another portal reuses', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const article = await createArticle(cms.payload, {
      portals: ['hospichild', 'born-in-brussels'],
    });
    const saved = await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      data: { title: 'Titre corrigé', portals: ['hospichild', 'born-in-brussels'] },
      user: editor,
      overrideAccess: false,
    });
    expect(saved.title).toBe('Titre corrigé');
  });

  it('refuses an editor switching a shared article off a portal that is not theirs', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const article = await createArticle(cms.payload, {
      portals: ['hospichild', 'born-in-brussels'],
    });
    const message = await rejection(
      cms.payload.update({
        collection: 'articles',
        id: article.id,
        data: { portals: ['hospichild'] },
        user: editor,
        overrideAccess: false,
      }),
    );
    expect(message).toMatch(/Portail non attribué à votre compte : born-in-brussels/);
  });
});
