import type { CollectionSlug } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorLabels, createActors, type ActorName, type Actors } from './support/actors.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

/**
 * Every role × collection × operation of the editorial content, as specified in issue #3:
 * editors work on their portals, referents read and review the drafts of their themes but
 * never create, delete or publish, the public reads what is published.
 */
type Operation = 'read drafts of' | 'create' | 'update' | 'delete' | 'publish';
type Expectation = Record<Operation, ActorName[]>;

const themed: Expectation = {
  'read drafts of': ['admin', 'editor', 'referent'],
  create: ['admin', 'editor'],
  update: ['admin', 'editor', 'referent'],
  delete: ['admin', 'editor'],
  publish: ['admin', 'editor'],
};
const unthemed: Expectation = {
  'read drafts of': ['admin', 'editor'],
  create: ['admin', 'editor'],
  update: ['admin', 'editor'],
  delete: ['admin', 'editor'],
  publish: ['admin', 'editor'],
};

const portals: ['seul-avec-enfant'] = ['seul-avec-enfant'];
const subjects: {
  collection: CollectionSlug;
  rules: Expectation;
  data: (theme: number) => Record<string, unknown>;
}[] = [
  {
    collection: 'articles',
    rules: themed,
    data: (theme) => ({ title: 'Article', kind: 'page', portals, themes: [theme] }),
  },
  {
    collection: 'agenda',
    rules: themed,
    data: (theme) => ({
      title: 'Évènement',
      kind: 'event',
      startsAt: '2027-02-01T09:00:00.000Z',
      audiences: ['parents'],
      portals,
      themes: [theme],
    }),
  },
  {
    collection: 'faq',
    rules: themed,
    data: (theme) => ({ question: 'Question ?', portals, themes: [theme] }),
  },
  {
    collection: 'projects',
    rules: themed,
    data: (theme) => ({ title: 'Projet', portals, themes: [theme] }),
  },
  {
    collection: 'tools',
    rules: themed,
    data: (theme) => ({
      title: 'Outil',
      kind: 'app',
      url: 'https://www.example.org',
      portals,
      themes: [theme],
    }),
  },
  { collection: 'hospitals', rules: unthemed, data: () => ({ name: 'Hôpital', portals }) },
  {
    collection: 'mutualities',
    rules: unthemed,
    data: () => ({ name: 'Antenne', union: 'liberal', portals }),
  },
  {
    collection: 'midwives',
    rules: unthemed,
    data: () => ({ name: 'Sage-femme', languages: ['fr'], communes: ['ixelles'], portals }),
  },
];

let cms: TestPayload;
let actors: Actors;
let theme: number;

beforeAll(async () => {
  cms = await startPayload();
  const created = await cms.payload.create({
    collection: 'themes',
    locale: 'fr',
    data: { title: 'Thème validé', portals },
    overrideAccess: true,
  });
  theme = created.id;
  actors = await createActors(cms.payload, theme);
});
afterAll(async () => {
  await cms?.stop();
});

/** Runs `attempt`; true when it succeeds, false when access refuses it. */
async function succeeds(attempt: () => Promise<unknown>) {
  try {
    await attempt();
    return true;
  } catch {
    return false;
  }
}

for (const { collection, rules, data } of subjects) {
  describe(collection, () => {
    // Validated already, so that publishing tests access alone (the workflow has its own tests).
    const draft = () =>
      cms.payload.create({
        collection,
        locale: 'fr',
        draft: true,
        data: { ...data(theme), editorialState: 'validated', _status: 'draft' } as never,
        overrideAccess: true,
      });
    const attempts: Record<Operation, (actor: ActorName) => Promise<boolean>> = {
      'read drafts of': async (actor) => {
        const doc = await draft();
        const { docs } = await cms.payload.find({
          collection,
          where: { id: { equals: doc.id } },
          draft: true,
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
            draft: true,
            data: { ...data(theme), _status: 'draft' } as never,
            user: actors[actor],
            overrideAccess: false,
          }),
        ),
      update: async (actor) => {
        const doc = await draft();
        return succeeds(() =>
          cms.payload.update({
            collection,
            id: doc.id,
            locale: 'fr',
            draft: true,
            data: { _status: 'draft', isDemo: true } as never,
            user: actors[actor],
            overrideAccess: false,
          }),
        );
      },
      delete: async (actor) => {
        const doc = await draft();
        return succeeds(() =>
          cms.payload.delete({
            collection,
            id: doc.id,
            user: actors[actor],
            overrideAccess: false,
          }),
        );
      },
      publish: async (actor) => {
        const doc = await draft();
        return succeeds(() =>
          cms.payload.update({
            collection,
            id: doc.id,
            data: { _status: 'published' } as never,
            user: actors[actor],
            overrideAccess: false,
          }),
        );
      },
    };
    for (const operation of Object.keys(rules) as Operation[]) {
      for (const actor of Object.keys(actorLabels) as ActorName[]) {
        const allowed = rules[operation].includes(actor);
        it(`${allowed ? 'lets' : 'refuses'} ${actorLabels[actor]} ${allowed ? '' : 'to '}${operation} ${collection}`, async () => {
          expect(await attempts[operation](actor)).toBe(allowed);
        });
      }
    }
  });
}
