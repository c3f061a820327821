import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectFields } from '../../shared/src/cms/encodeQuery.ts';
import { journeyKind } from '../../shared/src/features/journeys/journeyKind.ts';
import { createArticle, createEditor, paragraph } from './support/fixtures.ts';
import { rejection } from './support/rejection.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
beforeAll(async () => {
  // Publishing queues a build record; the runner never runs here, and a stray build would be harmless.
  process.env.CMS_PUBLISH_PORTALS = 'seul-avec-enfant,hospichild';
  process.env.CMS_PUBLISH_COMMAND = 'true';
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
  delete process.env.CMS_PUBLISH_PORTALS;
  delete process.env.CMS_PUBLISH_COMMAND;
});

let counter = 0;

async function createJourney(status: 'draft' | 'published') {
  counter += 1;
  const article = await createArticle(cms.payload, { portals: ['seul-avec-enfant'] });
  return cms.payload.create({
    collection: 'journeys',
    locale: 'fr',
    draft: status === 'draft',
    data: {
      title: `Je me sépare ${counter}`,
      summary: 'Les démarches dans l’ordre.',
      order: counter,
      steps: [
        { title: 'Trouver un accord', body: paragraph('Parlez-en.'), articles: [article.id] },
        { title: 'Se loger', body: paragraph('Cherchez un logement.') },
      ],
      portals: ['seul-avec-enfant'],
      _status: status,
    },
    overrideAccess: true,
  });
}

/** Reads the journeys as a portal build does: anonymous, published, every locale, its fields. */
async function readAsSite() {
  const { docs } = await cms.payload.find({
    collection: 'journeys',
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    select: selectFields(journeyKind.fields),
    where: { portals: { in: ['seul-avec-enfant'] } },
  });
  return (JSON.parse(JSON.stringify(docs)) as unknown[]).map((doc) =>
    journeyKind.docSchema.parse(doc),
  );
}

describe('journeys for anonymous readers', () => {
  it('hides a journey until it is published, then gives the sites its steps in order', async () => {
    const journey = await createJourney('draft');
    expect((await readAsSite()).map((doc) => doc.id)).not.toContain(String(journey.id));

    await cms.payload.update({
      collection: 'journeys',
      id: journey.id,
      data: { _status: 'published' },
      overrideAccess: true,
    });
    const read = (await readAsSite()).find((doc) => doc.id === String(journey.id));
    expect(read?.slug.fr).toBe(`je-me-separe-${counter}`);
    expect(read?.steps.map((step) => step.title.fr)).toEqual(['Trouver un accord', 'Se loger']);
    expect(read?.steps[0]?.articles).toHaveLength(1);
  });

  it('queues a rebuild of the portal the journey is on when it is published', async () => {
    const journey = await createJourney('published');
    const { docs } = await cms.payload.find({
      collection: 'builds',
      where: { status: { equals: 'queued' } },
      depth: 0,
      overrideAccess: true,
    });
    expect(docs.map((build) => build.portal)).toEqual(['seul-avec-enfant']);
    expect(docs[0]?.triggers?.map((trigger) => trigger.documentId)).toContain(String(journey.id));
  });
});

describe('who edits a journey', () => {
  it('lets an editor of the journey’s portal change it', async () => {
    const editor = await createEditor(cms.payload, ['seul-avec-enfant']);
    const journey = await createJourney('published');
    const updated = await cms.payload.update({
      collection: 'journeys',
      id: journey.id,
      locale: 'fr',
      data: { summary: 'Revu par l’éditrice.' },
      user: editor,
      overrideAccess: false,
    });
    expect(updated.summary).toBe('Revu par l’éditrice.');
  });

  it('refuses an editor of another portal changing or deleting it', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const journey = await createJourney('published');
    const update = cms.payload.update({
      collection: 'journeys',
      id: journey.id,
      locale: 'fr',
      data: { summary: 'Intrusion' },
      user: editor,
      overrideAccess: false,
    });
    expect(await rejection(update)).toBe('Vous n’êtes pas autorisé à effectuer cette action.');
    const remove = cms.payload.delete({
      collection: 'journeys',
      id: journey.id,
      user: editor,
      overrideAccess: false,
    });
    expect(await rejection(remove)).toBe('Vous n’êtes pas autorisé à effectuer cette action.');
  });
});
