import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../support/rejection.ts';
import { startPayload, type TestPayload } from '../support/startPayload.ts';
import { createBilingualArticle, redirectsFrom, toDocument } from './support.ts';

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

const loop = (from: string) =>
  `Cette redirection formerait une boucle : depuis « ${from} », on y revient. / Deze omleiding vormt een lus: vanaf "${from}" komt men er weer terug.`;
const shadow = (from: string) =>
  `« ${from} » est l’adresse d’une page publiée : la redirection la masquerait. / "${from}" is het adres van een gepubliceerde pagina: de omleiding zou ze verbergen.`;

function createRedirect(data: { from: string; toPath?: string; toDocument?: unknown }) {
  return cms.payload.create({
    collection: 'redirects',
    data: { portal: 'hospichild', statusCode: '301', ...data } as never,
    overrideAccess: true,
  });
}

describe('redirect rules', () => {
  it('refuses a redirect to itself', async () => {
    expect(await rejection(createRedirect({ from: '/fr/ici/', toPath: '/fr/ici' }))).toContain(
      loop('/fr/ici/'),
    );
  });

  it('refuses the redirect that closes a loop', async () => {
    await createRedirect({ from: '/fr/aller/', toPath: '/fr/retour/' });
    expect(
      await rejection(createRedirect({ from: '/fr/retour/', toPath: '/fr/aller/' })),
    ).toContain(loop('/fr/retour/'));
  });

  it('refuses a loop through a document as hiding its page', async () => {
    const article = await createBilingualArticle(cms.payload);
    const page = `/fr/articles/${article.slug.fr}/`;
    await createRedirect({
      from: '/fr/vers-document/',
      toDocument: { relationTo: 'articles', value: article.id },
    });
    expect(await rejection(createRedirect({ from: page, toPath: '/fr/vers-document/' }))).toContain(
      shadow(page),
    );
  });

  it('refuses a redirect from the address of a published page', async () => {
    const article = await createBilingualArticle(cms.payload);
    const path = `/fr/articles/${article.slug.fr}`;
    expect(await rejection(createRedirect({ from: path, toPath: '/fr/' }))).toContain(shadow(path));
  });

  it('accepts a redirect from another portal’s page address', async () => {
    const article = await createBilingualArticle(cms.payload, { portals: ['born-in-brussels'] });
    const path = `/fr/articles/${article.slug.fr}/`;
    await createRedirect({ from: path, toPath: '/fr/' });
    expect(await redirectsFrom(cms.payload, path)).toHaveLength(1);
  });
});

describe('withdrawn pages', () => {
  it('redirect to their main section when the portal keeps the default', async () => {
    const section = await cms.payload.create({
      collection: 'sections',
      locale: 'fr',
      data: { title: 'Loisirs', portal: 'hospichild' },
      overrideAccess: true,
    });
    const article = await createBilingualArticle(cms.payload, { sections: [section.id] });
    const { slug } = article;
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    });
    expect(await redirectsFrom(cms.payload, `/fr/articles/${slug.fr}/`)).toEqual([
      toDocument(`/fr/articles/${slug.fr}/`, 'sections', section.id, 'fr', { statusCode: '302' }),
    ]);
    expect(await redirectsFrom(cms.payload, `/nl/artikels/${slug.nl}/`)).toEqual([
      toDocument(`/nl/artikels/${slug.nl}/`, 'sections', section.id, 'nl', { statusCode: '302' }),
    ]);
  });

  it('get no redirect on a portal that chose none', async () => {
    await cms.payload.create({
      collection: 'portals',
      locale: 'fr',
      data: {
        portal: 'seul-avec-enfant',
        name: 'seul avec enfant',
        locales: ['fr'],
        baseUrl: 'https://example.test',
        unpublishedRedirect: 'none',
      },
      overrideAccess: true,
    });
    const article = await createBilingualArticle(cms.payload, { portals: ['seul-avec-enfant'] });
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    });
    const path = `/fr/articles/${article.slug.fr}/`;
    expect(await redirectsFrom(cms.payload, path)).toEqual([]);
  });

  it('take their address back from the redirect when published again', async () => {
    const article = await createBilingualArticle(cms.payload);
    const path = `/fr/articles/${article.slug.fr}/`;
    const publish = (status: 'draft' | 'published') =>
      cms.payload.update({
        collection: 'articles',
        id: article.id,
        data: { _status: status },
        overrideAccess: true,
      });
    await publish('draft');
    expect(await redirectsFrom(cms.payload, path)).toHaveLength(1);
    await publish('published');
    expect(await redirectsFrom(cms.payload, path)).toEqual([]);
  });

  it('redirect to the language home when deleted outside any section', async () => {
    const article = await createBilingualArticle(cms.payload);
    await cms.payload.delete({ collection: 'articles', id: article.id, overrideAccess: true });
    expect(await redirectsFrom(cms.payload, `/nl/artikels/${article.slug.nl}/`)).toEqual([
      {
        from: `/nl/artikels/${article.slug.nl}/`,
        toPath: '/nl/',
        toDocument: null,
        statusCode: '302',
        portal: 'hospichild',
        locale: 'nl',
      },
    ]);
  });

  it('send a withdrawn hospital fiche to the hospitals list, not the home page', async () => {
    const hospital = await cms.payload.create({
      collection: 'hospitals',
      locale: 'fr',
      data: {
        name: 'Hôpital retiré (démonstration)',
        portals: ['hospichild'],
        address: { street: 'Rue de l’Essai 2', postcode: '1000', city: 'Bruxelles' },
        _status: 'published',
      } as never,
      overrideAccess: true,
    });
    await cms.payload.update({
      collection: 'hospitals',
      id: hospital.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    });
    const from = `/fr/hopitaux/${String((hospital as { slug?: unknown }).slug)}/`;
    expect(await redirectsFrom(cms.payload, from)).toEqual([
      {
        from,
        toPath: '/fr/hopitaux/',
        toDocument: null,
        statusCode: '302',
        portal: 'hospichild',
        locale: 'fr',
      },
    ]);
  });
});
