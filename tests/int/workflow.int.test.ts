import { findOverdue, findQueue } from '@portals/cms/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { createEditor, paragraph } from './support/fixtures.ts';
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
      data: { title: 'Allocations familiales', portals: ['seul-avec-enfant'] },
      overrideAccess: true,
    })
  ).id;
  actors = await createActors(cms.payload, theme);
});
afterAll(async () => {
  await cms?.stop();
});

let counter = 0;
/** A draft written by the editor of seul avec enfant, on the referent's theme. */
async function draftByEditor(themes: number[] = [theme]) {
  counter += 1;
  return cms.payload.create({
    collection: 'articles',
    locale: 'fr',
    draft: true,
    data: {
      title: `Texte du circuit ${counter}`,
      body: paragraph('Texte.'),
      kind: 'page',
      portals: ['seul-avec-enfant'],
      themes,
      _status: 'draft',
    },
    user: actors.editor,
    overrideAccess: false,
  });
}

function move(id: number, user: keyof Actors, data: Record<string, unknown>) {
  return cms.payload.update({
    collection: 'articles',
    id,
    locale: 'fr',
    draft: data._status !== 'published',
    data,
    user: actors[user],
    overrideAccess: false,
    depth: 0,
  });
}

async function inValidation() {
  const doc = await draftByEditor();
  await move(doc.id, 'editor', { editorialState: 'in-validation' });
  return doc;
}

describe('from writing to publication', () => {
  it('records who writes a new text', async () => {
    const doc = await draftByEditor();
    expect(doc.editorialState).toBe('writing');
    expect(typeof doc.writer === 'object' ? doc.writer?.id : doc.writer).toBe(actors.editor.id);
  });

  it('puts a text sent for validation in the queue of its theme’s referent only', async () => {
    const doc = await inValidation();
    expect((await findQueue(cms.payload, actors.referent)).map((item) => item.id)).toContain(
      doc.id,
    );
    expect(
      (await findQueue(cms.payload, actors.otherReferent)).map((item) => item.id),
    ).not.toContain(doc.id);
  });

  it('refuses sending for validation a text that no organisation validates', async () => {
    const lonely = await cms.payload.create({
      collection: 'themes',
      locale: 'fr',
      data: { title: 'Sans référent', portals: ['seul-avec-enfant'] },
      overrideAccess: true,
    });
    const doc = await draftByEditor([lonely.id]);
    expect(await rejection(move(doc.id, 'editor', { editorialState: 'in-validation' }))).toMatch(
      /Aucune organisation référente/,
    );
  });

  it('refuses an editor validating a text themselves', async () => {
    const doc = await inValidation();
    expect(await rejection(move(doc.id, 'editor', { editorialState: 'validated' }))).toMatch(
      /impossible pour votre rôle/,
    );
  });

  it('records the organisation, the referent and the date when a referent validates', async () => {
    const doc = await inValidation();
    const validated = await move(doc.id, 'referent', {
      editorialState: 'validated',
      reviewComment: 'Montants vérifiés.',
    });
    expect(validated.editorialState).toBe('validated');
    expect(validated.approval?.organisation).toBe(
      actors.referent.organisation && typeof actors.referent.organisation === 'object'
        ? actors.referent.organisation.id
        : actors.referent.organisation,
    );
    expect(validated.approval?.referent).toBe(actors.referent.id);
    expect(Date.now() - Date.parse(validated.approval?.approvedAt ?? '')).toBeLessThan(60_000);
  });

  it('puts a validated text in its portal editor’s queue, not in another portal’s', async () => {
    const doc = await inValidation();
    await move(doc.id, 'referent', { editorialState: 'validated' });
    expect((await findQueue(cms.payload, actors.editor)).map((item) => item.id)).toContain(doc.id);
    expect((await findQueue(cms.payload, actors.otherEditor)).map((item) => item.id)).not.toContain(
      doc.id,
    );
  });

  it('requires a comment to request changes', async () => {
    const doc = await inValidation();
    expect(
      await rejection(move(doc.id, 'referent', { editorialState: 'changes-requested' })),
    ).toMatch(/Expliquez les modifications demandées/);
  });

  it('sends a text back to its editor with the referent’s comment', async () => {
    const doc = await inValidation();
    await move(doc.id, 'referent', {
      editorialState: 'changes-requested',
      reviewComment: 'Le lien vers le formulaire a changé.',
    });
    const queue = await findQueue(cms.payload, actors.editor);
    expect(queue.find((item) => item.id === doc.id)?.state).toBe('changes-requested');
  });

  it('refuses publishing a text of a referent’s theme before it is validated', async () => {
    const doc = await draftByEditor();
    expect(await rejection(move(doc.id, 'editor', { _status: 'published' }))).toMatch(
      /doit être validé par le référent de son thème/,
    );
  });

  it('publishes a validated text and shows the public who validated it', async () => {
    const doc = await inValidation();
    await move(doc.id, 'referent', { editorialState: 'validated' });
    await move(doc.id, 'editor', { _status: 'published' });
    const read = await cms.payload.findByID({
      collection: 'articles',
      id: doc.id,
      overrideAccess: false,
      depth: 1,
    });
    expect(read.editorialState).toBe('published');
    const organisation = read.approval?.organisation;
    expect(typeof organisation === 'object' ? organisation?.name : null).toMatch(/^Organisation /);
  });

  it('keeps the referent’s comment, the writer and the review date out of the public API', async () => {
    const doc = await inValidation();
    await move(doc.id, 'referent', { editorialState: 'validated', reviewComment: 'Note interne.' });
    await move(doc.id, 'editor', { _status: 'published', reviewDueAt: '2030-01-01T00:00:00.000Z' });
    const read = await cms.payload.findByID({
      collection: 'articles',
      id: doc.id,
      overrideAccess: false,
      depth: 0,
    });
    expect(read).not.toHaveProperty('reviewComment');
    expect(read).not.toHaveProperty('writer');
    expect(read).not.toHaveProperty('reviewDueAt');
    expect(read).not.toHaveProperty('translationDetails');
    expect(read.approval?.approvedAt).toBeTruthy();
  });

  it('lets a text with no referent theme be published without validation', async () => {
    const editor = await createEditor(cms.payload, ['hospichild']);
    const doc = await cms.payload.create({
      collection: 'articles',
      locale: 'fr',
      data: {
        title: 'Actualité Hospichild',
        kind: 'news',
        portals: ['hospichild'],
        _status: 'published',
      },
      user: editor,
      overrideAccess: false,
    });
    expect(doc.editorialState).toBe('published');
  });

  it('withdraws the approval when a validated text goes back to writing', async () => {
    const doc = await inValidation();
    await move(doc.id, 'referent', { editorialState: 'validated' });
    const back = await move(doc.id, 'editor', { editorialState: 'writing' });
    expect(back.approval?.approvedAt ?? null).toBeNull();
  });
});

describe('review-due dates', () => {
  it('lists overdue texts for admins, oldest first, and not those still due', async () => {
    const late = await draftByEditor();
    const later = await draftByEditor();
    const due = await draftByEditor();
    await move(late.id, 'editor', { reviewDueAt: '2025-01-10T00:00:00.000Z' });
    await move(later.id, 'editor', { reviewDueAt: '2025-06-10T00:00:00.000Z' });
    await move(due.id, 'editor', { reviewDueAt: '2099-01-01T00:00:00.000Z' });
    const overdue = (await findOverdue(cms.payload)).map((item) => item.id);
    expect(overdue.indexOf(late.id)).toBeLessThan(overdue.indexOf(later.id));
    expect(overdue.indexOf(late.id)).toBeGreaterThanOrEqual(0);
    expect(overdue).not.toContain(due.id);
  });
});

describe('placements in the thematic tree', () => {
  it('shows on each section the state and the writer of the texts placed there', async () => {
    const section = await cms.payload.create({
      collection: 'sections',
      locale: 'fr',
      data: { title: 'Rubrique suivie', portal: 'seul-avec-enfant' },
      overrideAccess: true,
    });
    const doc = await draftByEditor();
    await move(doc.id, 'editor', { sections: [section.id], editorialState: 'in-validation' });
    // `draft: true` lists each article's latest draft, where its state moves.
    const read = await cms.payload.findByID({
      collection: 'sections',
      id: section.id,
      depth: 1,
      draft: true,
      user: actors.editor,
      overrideAccess: false,
    });
    const placed = read.articles?.docs?.[0];
    expect(typeof placed === 'object' ? placed.editorialState : null).toBe('in-validation');
    const writer = typeof placed === 'object' ? placed.writer : null;
    expect(typeof writer === 'object' ? writer?.id : writer).toBe(actors.editor.id);
  });
});
