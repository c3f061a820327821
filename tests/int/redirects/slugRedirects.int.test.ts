import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../support/fixtures.ts';
import { startPayload, type TestPayload } from '../support/startPayload.ts';
import { createBilingualArticle, redirectsFrom, renameArticle, toDocument } from './support.ts';

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

describe('redirects after a slug change', () => {
  it('creates a redirect from the old address in the renamed locale only', async () => {
    const article = await createBilingualArticle(cms.payload);
    const { slug } = await cms.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'all',
      depth: 0,
    });
    const old = slug as unknown as { fr: string; nl: string };

    await renameArticle(cms.payload, article.id, 'nl', `${old.nl}-nieuw`);
    expect(await redirectsFrom(cms.payload, `/nl/artikels/${old.nl}/`)).toEqual([
      toDocument(`/nl/artikels/${old.nl}/`, 'articles', article.id, 'nl'),
    ]);
    expect(await redirectsFrom(cms.payload, `/fr/articles/${old.fr}/`)).toEqual([]);

    await renameArticle(cms.payload, article.id, 'fr', `${old.fr}-nouveau`);
    expect(await redirectsFrom(cms.payload, `/fr/articles/${old.fr}/`)).toEqual([
      toDocument(`/fr/articles/${old.fr}/`, 'articles', article.id, 'fr'),
    ]);
  });

  it('leads every former address straight to the document after two renames', async () => {
    const article = await createBilingualArticle(cms.payload);
    await renameArticle(cms.payload, article.id, 'fr', 'premier-nom');
    await renameArticle(cms.payload, article.id, 'fr', 'deuxieme-nom');
    await renameArticle(cms.payload, article.id, 'fr', 'troisieme-nom');
    expect(await redirectsFrom(cms.payload, '/fr/articles/premier-nom/')).toEqual([
      toDocument('/fr/articles/premier-nom/', 'articles', article.id, 'fr'),
    ]);
    expect(await redirectsFrom(cms.payload, '/fr/articles/deuxieme-nom/')).toEqual([
      toDocument('/fr/articles/deuxieme-nom/', 'articles', article.id, 'fr'),
    ]);
    expect(await redirectsFrom(cms.payload, '/fr/articles/troisieme-nom/')).toEqual([]);
  });

  it('removes the redirect from an address a page takes back', async () => {
    const article = await createBilingualArticle(cms.payload);
    await renameArticle(cms.payload, article.id, 'fr', 'aller');
    await renameArticle(cms.payload, article.id, 'fr', 'retour');
    await renameArticle(cms.payload, article.id, 'fr', 'aller');
    expect(await redirectsFrom(cms.payload, '/fr/articles/aller/')).toEqual([]);
    expect(await redirectsFrom(cms.payload, '/fr/articles/retour/')).toEqual([
      toDocument('/fr/articles/retour/', 'articles', article.id, 'fr'),
    ]);
  });

  it('waits for the publication: a renamed draft keeps its live address', async () => {
    const article = await createBilingualArticle(cms.payload);
    await renameArticle(cms.payload, article.id, 'fr', 'brouillon-avant');
    await renameArticle(cms.payload, article.id, 'fr', 'brouillon-apres', { draft: true });
    expect(await redirectsFrom(cms.payload, '/fr/articles/brouillon-avant/')).toEqual([]);

    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
      overrideAccess: true,
    });
    expect(await redirectsFrom(cms.payload, '/fr/articles/brouillon-avant/')).toEqual([
      toDocument('/fr/articles/brouillon-avant/', 'articles', article.id, 'fr'),
    ]);
  });

  it('moves a section with its subsections, and leaves its articles where they are', async () => {
    const section = (slug: string, parent?: number) =>
      cms.payload.create({
        collection: 'sections',
        locale: 'fr',
        data: { title: slug, slug, portal: 'hospichild', parent },
        overrideAccess: true,
      });
    const root = await section('soins');
    const child = await section('a-domicile', root.id);
    const article = await createBilingualArticle(cms.payload, { sections: [child.id] });

    await cms.payload.update({
      collection: 'sections',
      id: root.id,
      locale: 'fr',
      data: { slug: 'soigner' },
      overrideAccess: true,
    });
    expect(await redirectsFrom(cms.payload, '/fr/soins/')).toEqual([
      toDocument('/fr/soins/', 'sections', root.id, 'fr'),
    ]);
    expect(await redirectsFrom(cms.payload, '/fr/soins/a-domicile/')).toEqual([
      toDocument('/fr/soins/a-domicile/', 'sections', child.id, 'fr'),
    ]);
    const placed = await cms.payload.findByID({
      collection: 'articles',
      id: article.id,
      joins: { redirectsHere: {} },
    });
    expect(placed.redirectsHere?.docs).toEqual([]);
  });
});

describe('redirects and new pages', () => {
  it('removes a redirect from the address a newly published page takes', async () => {
    await cms.payload.create({
      collection: 'redirects',
      data: {
        from: '/fr/articles/page-neuve/',
        toPath: '/fr/',
        statusCode: '301',
        portal: 'hospichild',
      },
      overrideAccess: true,
    });
    await createArticle(cms.payload, { title: 'Page neuve' });
    expect(await redirectsFrom(cms.payload, '/fr/articles/page-neuve/')).toEqual([]);
  });

  it('keeps that redirect while the new page is a draft', async () => {
    await cms.payload.create({
      collection: 'redirects',
      data: {
        from: '/fr/articles/page-brouillon/',
        toPath: '/fr/',
        statusCode: '301',
        portal: 'hospichild',
      },
      overrideAccess: true,
    });
    await createArticle(cms.payload, { title: 'Page brouillon', status: 'draft' });
    expect(await redirectsFrom(cms.payload, '/fr/articles/page-brouillon/')).toHaveLength(1);
  });
});

describe('redirects shown on their document', () => {
  it('lists the old addresses that lead to a document', async () => {
    const article = await createBilingualArticle(cms.payload);
    await renameArticle(cms.payload, article.id, 'fr', 'nom-affiche');
    await renameArticle(cms.payload, article.id, 'fr', 'nom-actuel');
    const shown = await cms.payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 1,
      joins: { redirectsHere: { sort: 'from' } },
    });
    const docs = (shown.redirectsHere?.docs ?? []) as { from: string }[];
    expect(docs.map((doc) => doc.from)).toEqual([
      '/fr/articles/nom-affiche/',
      `/fr/articles/${article.slug.fr}/`,
    ]);
  });
});
