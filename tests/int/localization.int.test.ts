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

describe('bilingual content', () => {
  it('fills each locale’s slug from that locale’s title', async () => {
    const doc = await createArticle(cms.payload, { title: 'Rester la nuit à l’hôpital' });
    await cms.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'nl',
      data: { title: 'Overnachten in het ziekenhuis' },
      overrideAccess: true,
    });
    const all = await cms.payload.findByID({ collection: 'articles', id: doc.id, locale: 'all' });
    expect(all.slug).toEqual({
      fr: 'rester-la-nuit-a-l-hopital',
      nl: 'overnachten-in-het-ziekenhuis',
    });
  });

  it('falls back to French when the Dutch title is empty', async () => {
    const doc = await createArticle(cms.payload, { title: 'Seulement en français' });
    const nl = await cms.payload.findByID({ collection: 'articles', id: doc.id, locale: 'nl' });
    expect(nl.title).toBe('Seulement en français');
  });

  it('reports a missing translation as missing when all locales are read', async () => {
    const doc = await createArticle(cms.payload, { title: 'Pas encore traduit' });
    const all = await cms.payload.findByID({ collection: 'articles', id: doc.id, locale: 'all' });
    const title = all.title as unknown as Record<string, string | undefined>;
    expect(title.fr).toBe('Pas encore traduit');
    expect(title.nl ?? null).toBeNull();
  });

  it('numbers the slug of a second article with the same title', async () => {
    const first = await createArticle(cms.payload, { title: 'Même titre' });
    const second = await createArticle(cms.payload, { title: 'Même titre' });
    expect(first.slug).toBe('meme-titre');
    expect(second.slug).toBe('meme-titre-2');
  });

  it('rejects a slug typed with spaces and capitals by normalising it', async () => {
    const doc = await cms.payload.create({
      collection: 'articles',
      locale: 'fr',
      data: { title: 'Titre', slug: 'Mon Slug À Moi', kind: 'page', portals: ['hospichild'] },
      overrideAccess: true,
    });
    expect(doc.slug).toBe('mon-slug-a-moi');
  });

  it('stamps the publication date on first publication', async () => {
    const doc = await createArticle(cms.payload, { title: 'Daté automatiquement' });
    expect(doc.publishedAt).toBeTruthy();
  });
});
