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

/** What an anonymous REST read returns: the public sites' view. */
async function publicTitles(): Promise<string[]> {
  const result = await cms.payload.find({
    collection: 'articles',
    overrideAccess: false,
    draft: false,
    locale: 'fr',
    limit: 100,
  });
  return result.docs.map((doc) => doc.title);
}

describe('what anonymous readers see', () => {
  it('returns published articles', async () => {
    await createArticle(cms.payload, { title: 'Publié visible' });
    expect(await publicTitles()).toContain('Publié visible');
  });

  it('hides a never-published draft (payload#14750)', async () => {
    await createArticle(cms.payload, { title: 'Brouillon jamais publié', status: 'draft' });
    expect(await publicTitles()).not.toContain('Brouillon jamais publié');
  });

  it('keeps showing the published version while a newer draft is edited', async () => {
    const doc = await createArticle(cms.payload, { title: 'Version publiée' });
    await cms.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Modification en cours', _status: 'draft' },
      overrideAccess: true,
    });
    const titles = await publicTitles();
    expect(titles).toContain('Version publiée');
    expect(titles).not.toContain('Modification en cours');
  });

  it('does not publish a duplicate of a published article, nor give it the same slug', async () => {
    const original = await createArticle(cms.payload, { title: 'Article à dupliquer' });
    const copy = await cms.payload.duplicate({
      collection: 'articles',
      id: original.id,
      locale: 'fr',
      draft: true,
      overrideAccess: true,
    });
    expect(copy.slug).not.toBe(original.slug);
    const visible = await cms.payload.find({
      collection: 'articles',
      overrideAccess: false,
      draft: false,
      where: { id: { equals: copy.id } },
    });
    expect(visible.docs).toHaveLength(0);
  });

  it('hides an article again once it is unpublished', async () => {
    const doc = await createArticle(cms.payload, { title: 'Bientôt dépublié' });
    await cms.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    });
    expect(await publicTitles()).not.toContain('Bientôt dépublié');
  });
});
