import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorLabels, createActors, type ActorName, type Actors } from './support/actors.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

/**
 * Role × operation for the collections without drafts: structure (themes, tree, redirects),
 * files and the referent network. Everyone reads them; who may change them differs.
 */
type Operation = 'read' | 'create' | 'update' | 'delete';
type Expectation = Record<Operation, ActorName[]>;

const everyone: ActorName[] = Object.keys(actorLabels) as ActorName[];
const editors: Expectation = {
  read: everyone,
  create: ['admin', 'editor'],
  update: ['admin', 'editor'],
  delete: ['admin', 'editor'],
};
const adminOnly: Expectation = {
  read: everyone,
  create: ['admin'],
  update: ['admin'],
  delete: ['admin'],
};
// Issue #13, finding 7: a file belongs to its portals (here seul avec enfant), whose editors
// alone upload it there and change it.
const media: Expectation = {
  read: everyone,
  create: ['admin', 'editor'],
  update: ['admin', 'editor'],
  delete: ['admin'],
};

const fixtures = path.resolve(import.meta.dirname, '../fixtures/uploads');
const pdf = readFileSync(path.join(fixtures, 'brochure.pdf'));
const png = readFileSync(path.join(fixtures, 'pixel.png'));
const file = (data: Buffer, mimetype: string, name: string) => ({
  data,
  mimetype,
  name,
  size: data.length,
});

let unique = 0;
const subjects: {
  collection: CollectionSlug;
  rules: Expectation;
  data: () => Record<string, unknown>;
  file?: () => ReturnType<typeof file>;
}[] = [
  {
    collection: 'themes',
    rules: editors,
    data: () => ({ title: `Thème ${(unique += 1)}`, portals: ['seul-avec-enfant'] }),
  },
  {
    collection: 'sections',
    rules: editors,
    data: () => ({ title: `Rubrique ${(unique += 1)}`, portal: 'seul-avec-enfant' }),
  },
  {
    collection: 'redirects',
    rules: editors,
    data: () => ({
      from: `/ancien-${(unique += 1)}`,
      toPath: '/nouveau',
      statusCode: '301',
      portal: 'seul-avec-enfant',
    }),
  },
  {
    collection: 'documents',
    rules: editors,
    data: () => ({ title: 'Brochure', kind: 'brochure', portals: ['seul-avec-enfant'] }),
    file: () => file(pdf, 'application/pdf', `brochure-${(unique += 1)}.pdf`),
  },
  {
    collection: 'media',
    rules: media,
    data: () => ({ alt: 'Un carré orange', portals: ['seul-avec-enfant'] }),
    file: () => file(png, 'image/png', `pixel-${(unique += 1)}.png`),
  },
  {
    collection: 'referent-organisations',
    rules: adminOnly,
    data: () => ({ name: `Organisation ${(unique += 1)}` }),
  },
];

let cms: TestPayload;
let actors: Actors;

beforeAll(async () => {
  cms = await startPayload();
  const theme = await cms.payload.create({
    collection: 'themes',
    locale: 'fr',
    data: { title: 'Thème', portals: ['seul-avec-enfant'] },
    overrideAccess: true,
  });
  actors = await createActors(cms.payload, theme.id);
});
afterAll(async () => {
  await cms?.stop();
});

async function succeeds(attempt: () => Promise<unknown>) {
  try {
    await attempt();
    return true;
  } catch {
    return false;
  }
}

for (const subject of subjects) {
  const { collection, rules } = subject;
  describe(collection, () => {
    const make = () =>
      cms.payload.create({
        collection,
        locale: 'fr',
        data: subject.data() as never,
        file: subject.file?.(),
        overrideAccess: true,
      });
    const attempts: Record<Operation, (actor: ActorName) => Promise<boolean>> = {
      read: async (actor) => {
        const doc = await make();
        const { docs } = await cms.payload.find({
          collection,
          where: { id: { equals: doc.id } },
          user: actors[actor],
          overrideAccess: false,
        });
        return docs.length === 1;
      },
      create: (actor) =>
        succeeds(() =>
          cms.payload.create({
            collection,
            locale: 'fr',
            data: subject.data() as never,
            file: subject.file?.(),
            user: actors[actor],
            overrideAccess: false,
          }),
        ),
      update: async (actor) => {
        const doc = await make();
        const change =
          collection === 'media'
            ? { alt: 'Un carré' }
            : collection === 'redirects'
              ? { toPath: '/ailleurs' }
              : { [collection === 'referent-organisations' ? 'name' : 'title']: 'Modifié' };
        return succeeds(() =>
          cms.payload.update({
            collection,
            id: doc.id,
            locale: 'fr',
            data: change,
            user: actors[actor],
            overrideAccess: false,
          }),
        );
      },
      delete: async (actor) => {
        const doc = await make();
        return succeeds(() =>
          cms.payload.delete({
            collection,
            id: doc.id,
            user: actors[actor],
            overrideAccess: false,
          }),
        );
      },
    };
    for (const operation of Object.keys(rules) as Operation[]) {
      for (const actor of everyone) {
        const allowed = rules[operation].includes(actor);
        it(`${allowed ? 'lets' : 'refuses'} ${actorLabels[actor]} ${allowed ? '' : 'to '}${operation} ${collection}`, async () => {
          expect(await attempts[operation](actor)).toBe(allowed);
        });
      }
    }
  });
}

describe('portal records', () => {
  let id: number;

  it('lets only an admin create a portal record', async () => {
    const data = {
      portal: 'seul-avec-enfant' as const,
      name: 'seul avec enfant',
      locales: ['fr' as const],
      baseUrl: 'https://www.example.be',
    };
    for (const actor of ['anonymous', 'editor', 'referent'] as const) {
      expect(
        await succeeds(() =>
          cms.payload.create({
            collection: 'portals',
            locale: 'fr',
            data,
            user: actors[actor],
            overrideAccess: false,
          }),
        ),
      ).toBe(false);
    }
    id = (
      await cms.payload.create({
        collection: 'portals',
        locale: 'fr',
        data,
        user: actors.admin,
        overrideAccess: false,
      })
    ).id;
  });

  it('lets the portal’s editor change its settings, and nobody else but an admin', async () => {
    const update = (actor: ActorName) =>
      succeeds(() =>
        cms.payload.update({
          collection: 'portals',
          id,
          data: { contactEmail: `${actor}@example.test` },
          user: actors[actor],
          overrideAccess: false,
        }),
      );
    expect(await update('editor')).toBe(true);
    expect(await update('admin')).toBe(true);
    for (const actor of ['anonymous', 'otherEditor', 'referent', 'otherReferent'] as const)
      expect(await update(actor)).toBe(false);
  });

  it('lets only an admin delete a portal record', async () => {
    expect(
      await succeeds(() =>
        cms.payload.delete({
          collection: 'portals',
          id,
          user: actors.editor,
          overrideAccess: false,
        }),
      ),
    ).toBe(false);
    expect(
      await succeeds(() =>
        cms.payload.delete({
          collection: 'portals',
          id,
          user: actors.admin,
          overrideAccess: false,
        }),
      ),
    ).toBe(true);
  });
});
