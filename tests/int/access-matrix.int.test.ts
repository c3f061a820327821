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

const allowed = 'allowed';
const forbidden = '403 Vous n’êtes pas autorisé à effectuer cette action.';
const referentRefusal =
  '403 Un référent valide les textes mais ne les publie pas : enregistrez un brouillon. / ' +
  'Een referent valideert teksten maar publiceert ze niet: bewaar een concept.';
const foreignPortal =
  '403 Portail non attribué à votre compte : seul-avec-enfant. / ' +
  'Portaal niet aan uw account toegewezen: seul-avec-enfant.';

/**
 * The exact refusal an actor meets (issue #13: status and message, never "any error"): a
 * foreign portal for another portal's editor who creates, the referents' own message when
 * they try to publish a text they review, Payload's Forbidden otherwise.
 */
function refusalFor(operation: Operation, actor: ActorName, themedCollection: boolean): string {
  if (operation === 'read drafts of') return 'not found';
  if (operation === 'create' && actor === 'otherEditor') return foreignPortal;
  const referent = actor === 'referent' || actor === 'otherReferent';
  if (operation === 'publish' && referent && themedCollection) return referentRefusal;
  return forbidden;
}

/** Runs `attempt`: `allowed`, or the status and message of its refusal. */
async function outcome(attempt: () => Promise<unknown>): Promise<string> {
  try {
    await attempt();
    return allowed;
  } catch (error) {
    const { status, message } = error as { status?: number; message: string };
    return `${String(status)} ${message}`;
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
    const attempts: Record<Operation, (actor: ActorName) => Promise<string>> = {
      'read drafts of': async (actor) => {
        const doc = await draft();
        const { docs } = await cms.payload.find({
          collection,
          where: { id: { equals: doc.id } },
          draft: true,
          user: actors[actor],
          overrideAccess: false,
        });
        return docs.length === 1 ? allowed : 'not found';
      },
      create: (actor) =>
        outcome(() =>
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
        return outcome(() =>
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
        return outcome(() =>
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
        return outcome(() =>
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
        const lets = rules[operation].includes(actor);
        const expected = lets ? allowed : refusalFor(operation, actor, rules === themed);
        it(`${lets ? 'lets' : 'refuses'} ${actorLabels[actor]} ${lets ? '' : 'to '}${operation} ${collection}`, async () => {
          expect(await attempts[operation](actor)).toBe(expected);
        });
      }
    }
  });
}
