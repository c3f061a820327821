import { publishedUnderRevision } from '@portals/cms/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleValidationKind } from '../../shared/src/features/validation/articleValidationKind.ts';
import { validationNote } from '../../shared/src/features/validation/articleValidation.ts';
import { referentKind } from '../../shared/src/features/faq/referentKind.ts';
import { createActors, type Actors } from './support/actors.ts';
import { paragraph } from './support/fixtures.ts';
import { rejection } from './support/rejection.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

/**
 * Issue #11: what a rebuild of seul avec enfant shows of a page's validation after the
 * workflow moved it. The rule (`revisionReasons` in content-models): a published page under
 * revision stays online and says « en cours de révision » instead of its validation line.
 * A rebuild is read here as the site reads it: the public API for the approval and the
 * organisations, the revisions list for the rest, mapped by the site's own kinds.
 */
let cms: TestPayload;
let actors: Actors;
let theme: number;
const portal = 'seul-avec-enfant';
const context = { cmsUrl: 'http://cms.test', onWarning: () => undefined };

beforeAll(async () => {
  cms = await startPayload();
  theme = (
    await cms.payload.create({
      collection: 'themes',
      locale: 'fr',
      data: { title: 'Contributions alimentaires', portals: [portal] },
      overrideAccess: true,
    })
  ).id;
  actors = await createActors(cms.payload, theme);
});
afterAll(async () => {
  await cms?.stop();
});

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

let counter = 0;
/** A page on the referent's theme, validated by the referent and published by the editor. */
async function publishedValidated() {
  counter += 1;
  const doc = await cms.payload.create({
    collection: 'articles',
    locale: 'fr',
    draft: true,
    data: {
      title: `Avances du SECAL ${counter}`,
      body: paragraph('Texte.'),
      kind: 'page',
      portals: [portal],
      themes: [theme],
      _status: 'draft',
    },
    user: actors.editor,
    overrideAccess: false,
  });
  await move(doc.id, 'editor', { editorialState: 'in-validation' });
  await move(doc.id, 'referent', { editorialState: 'validated' });
  await move(doc.id, 'editor', { _status: 'published' });
  return doc.id;
}

/** What a rebuild of the portal prints as the page's validation line. */
async function rebuiltNote(id: number) {
  const [article, organisations, revisions] = await Promise.all([
    cms.payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: false }),
    cms.payload.find({
      collection: 'referent-organisations',
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    }),
    publishedUnderRevision(cms.payload, portal),
  ]);
  const validation = articleValidationKind.toEntry(
    articleValidationKind.docSchema.parse(article),
    context,
  );
  const referentOrganisations = organisations.docs.flatMap((doc) => {
    const entry = referentKind.toEntry(referentKind.docSchema.parse(doc), context);
    return entry ? [entry] : [];
  });
  const entries = {
    articleValidations: validation ? [validation] : [],
    referentOrganisations,
    revisions: revisions.map((revision) => ({ ...revision, updatedAt: '' })),
  };
  return validationNote(String(id), 'fr', entries);
}

describe('the validation line of a published page after a rebuild', () => {
  it('names the organisation and the date of the approval the workflow stamped', async () => {
    const id = await publishedValidated();
    const note = await rebuiltNote(id);
    expect(note?.kind).toBe('validated');
    expect(note?.kind === 'validated' && note.organisation).toMatch(/^Organisation /);
    expect(note?.kind === 'validated' && note.approvedAt.slice(0, 4)).toBe(
      String(new Date().getFullYear()),
    );
  });

  it('shows « en cours de révision » once the referent requests changes, the page staying online', async () => {
    const id = await publishedValidated();
    await move(id, 'editor', { editorialState: 'in-validation' });
    await move(id, 'referent', {
      editorialState: 'changes-requested',
      reviewComment: 'Le plafond de revenus a changé.',
    });
    expect(await publishedUnderRevision(cms.payload, portal)).toContainEqual({
      id: String(id),
      reason: 'with-referent',
    });
    expect(await rebuiltNote(id)).toEqual({ kind: 'revision' });
    const live = await cms.payload.findByID({ collection: 'articles', id, overrideAccess: false });
    expect(live._status).toBe('published');
  });

  it('shows the new validation again once the referent validates and the editor republishes', async () => {
    const id = await publishedValidated();
    await move(id, 'editor', { editorialState: 'in-validation' });
    await move(id, 'referent', { editorialState: 'changes-requested', reviewComment: 'À revoir.' });
    await move(id, 'editor', { editorialState: 'in-validation' });
    await move(id, 'referent', { editorialState: 'validated' });
    await move(id, 'editor', { _status: 'published' });
    expect((await rebuiltNote(id))?.kind).toBe('validated');
  });

  it('shows « en cours de révision » when the review date passed with no validation since', async () => {
    const id = await publishedValidated();
    // Due just after the approval, so already passed when the rebuild reads it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await move(id, 'editor', { reviewDueAt: new Date().toISOString(), _status: 'published' });
    expect(await publishedUnderRevision(cms.payload, portal)).toContainEqual({
      id: String(id),
      reason: 'review-due',
    });
    expect(await rebuiltNote(id)).toEqual({ kind: 'revision' });
  });
});

describe('a page on a theme with a referent', () => {
  it('is never published without the referent’s validation', async () => {
    const doc = await cms.payload.create({
      collection: 'articles',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Sans validation',
        kind: 'page',
        portals: [portal],
        themes: [theme],
        _status: 'draft',
      },
      user: actors.editor,
      overrideAccess: false,
    });
    expect(await rejection(move(doc.id, 'editor', { _status: 'published' }))).toBe(
      'Ce texte doit être validé par le référent de son thème avant publication / ' +
        'Deze tekst moet vóór publicatie door de referent van het thema gevalideerd worden',
    );
  });
});
