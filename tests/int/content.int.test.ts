import type { CollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from './support/fixtures.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

const draftable = {
  hospitals: { name: 'Hôpital de test', portals: ['hospichild'] },
  mutualities: { name: 'Antenne de test', union: 'neutral', portals: ['hospichild'] },
  agenda: {
    title: 'Évènement de test',
    kind: 'event',
    startsAt: '2027-01-05T09:00:00.000Z',
    audiences: ['parents'],
    portals: ['hospichild'],
  },
  faq: { question: 'Une question de test ?', portals: ['born-in-brussels'] },
  projects: { title: 'Projet de test', portals: ['seul-avec-enfant'] },
  tools: {
    title: 'Outil de test',
    kind: 'app',
    url: 'https://www.example.org/app',
    portals: ['seul-avec-enfant'],
  },
} as const;

async function anonymousIds(collection: CollectionSlug) {
  const { docs } = await cms.payload.find({
    collection,
    overrideAccess: false,
    draft: false,
    limit: 100,
    depth: 0,
  });
  return docs.map((doc) => doc.id);
}

describe('what the portals can read', () => {
  for (const [collection, data] of Object.entries(draftable)) {
    it(`returns published ${collection} to anonymous readers and hides their drafts`, async () => {
      const slug = collection as keyof typeof draftable;
      const published = await cms.payload.create({
        collection: slug,
        locale: 'fr',
        data: { ...data, _status: 'published' } as never,
        overrideAccess: true,
      });
      const draft = await cms.payload.create({
        collection: slug,
        locale: 'fr',
        draft: true,
        data: { ...data, _status: 'draft' } as never,
        overrideAccess: true,
      });
      const ids = await anonymousIds(slug);
      expect(ids).toContain(published.id);
      expect(ids).not.toContain(draft.id);
    });
  }

  it('keeps the article fields the sites read, and adds SEO, themes and directory categories', async () => {
    const theme = await cms.payload.create({
      collection: 'themes',
      locale: 'fr',
      data: { title: 'Thème', portals: ['hospichild'] },
      overrideAccess: true,
    });
    const article = await createArticle(cms.payload, { title: 'Contrat de lecture' });
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      data: {
        themes: [theme.id],
        directoryCategories: [489],
        seo: { metaTitle: 'Titre court', metaDescription: 'Description.' },
      },
      overrideAccess: true,
    });
    const [doc] = (
      await cms.payload.find({
        collection: 'articles',
        where: { id: { equals: article.id } },
        overrideAccess: false,
        depth: 0,
        locale: 'fr',
      })
    ).docs;
    for (const field of [
      'title',
      'slug',
      'summary',
      'body',
      'kind',
      'portals',
      'publishedAt',
      'isDemo',
      '_status',
    ]) {
      expect(doc, field).toHaveProperty(field);
    }
    // SQLite answers `[]` for an article placed in no section, MongoDB stores no key at all;
    // the sites' schema reads both as no section.
    expect(doc?.sections ?? []).toEqual([]);
    expect(doc?.themes).toEqual([theme.id]);
    expect(doc?.directoryCategories).toEqual([489]);
    expect(doc?.seo?.metaTitle).toBe('Titre court');
  });

  it('lists, on a section, the published articles placed in it', async () => {
    const section = await cms.payload.create({
      collection: 'sections',
      locale: 'fr',
      data: { title: 'Rubrique jointe', portal: 'hospichild' },
      overrideAccess: true,
    });
    const article = await createArticle(cms.payload, { title: 'Placé ici' });
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { sections: [section.id] },
      overrideAccess: true,
    });
    const hidden = await createArticle(cms.payload, {
      title: 'Brouillon placé ici',
      status: 'draft',
    });
    await cms.payload.update({
      collection: 'articles',
      id: hidden.id,
      draft: true,
      data: { sections: [section.id] },
      overrideAccess: true,
    });
    const read = await cms.payload.findByID({
      collection: 'sections',
      id: section.id,
      overrideAccess: false,
      depth: 0,
    });
    expect(read.articles?.docs).toEqual([article.id]);
  });

  it('reads themes, referent organisations, redirects, portal records and documents without logging in', async () => {
    for (const collection of [
      'themes',
      'referent-organisations',
      'redirects',
      'portals',
      'documents',
    ] as const) {
      await expect(cms.payload.find({ collection, overrideAccess: false })).resolves.toBeTruthy();
    }
  });
});
