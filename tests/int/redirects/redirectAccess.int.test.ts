import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type ActorName, type Actors } from '../support/actors.ts';
import { rejection } from '../support/rejection.ts';
import { startPayload, type TestPayload } from '../support/startPayload.ts';

const forbidden = 'Vous n’êtes pas autorisé à effectuer cette action.';
const notAssigned =
  'Portail non attribué à votre compte : seul-avec-enfant. / Portaal niet aan uw account toegewezen: seul-avec-enfant.';

let cms: TestPayload;
let actors: Actors;
let counter = 0;
beforeAll(async () => {
  cms = await startPayload();
  const theme = await cms.payload.create({
    collection: 'themes',
    locale: 'fr',
    data: { title: 'Logement', portals: ['seul-avec-enfant'] },
    overrideAccess: true,
  });
  actors = await createActors(cms.payload, theme.id);
});
afterAll(async () => {
  await cms?.stop();
});

/** A redirect of seul avec enfant, created by an actor, or by the system (access not checked). */
function createRedirect(actor: ActorName | 'system', portal = 'seul-avec-enfant') {
  counter += 1;
  return cms.payload.create({
    collection: 'redirects',
    data: { from: `/fr/ancienne-${counter}/`, toPath: '/fr/', statusCode: '301', portal } as never,
    user: actor === 'system' ? undefined : actors[actor],
    overrideAccess: actor === 'system',
  });
}

describe('who may change redirects', () => {
  it('lets an editor of the portal create and change its redirects', async () => {
    const redirect = await createRedirect('editor');
    const updated = await cms.payload.update({
      collection: 'redirects',
      id: redirect.id,
      data: { statusCode: '302' },
      user: actors.editor,
      overrideAccess: false,
    });
    expect(updated.statusCode).toBe('302');
  });

  it('refuses an editor of another portal a redirect on this one', async () => {
    expect(await rejection(createRedirect('otherEditor'))).toBe(notAssigned);
  });

  it('refuses an editor of another portal changes to this portal’s redirects', async () => {
    const redirect = await createRedirect('system');
    const attempt = cms.payload.update({
      collection: 'redirects',
      id: redirect.id,
      data: { toPath: '/fr/ailleurs/' },
      user: actors.otherEditor,
      overrideAccess: false,
    });
    expect(await rejection(attempt)).toBe(forbidden);
    const remove = cms.payload.delete({
      collection: 'redirects',
      id: redirect.id,
      user: actors.otherEditor,
      overrideAccess: false,
    });
    expect(await rejection(remove)).toBe(forbidden);
  });

  it('refuses moving one’s own redirect onto a portal one does not edit', async () => {
    const redirect = await createRedirect('otherEditor', 'hospichild');
    const attempt = cms.payload.update({
      collection: 'redirects',
      id: redirect.id,
      data: { portal: 'seul-avec-enfant' },
      user: actors.otherEditor,
      overrideAccess: false,
    });
    expect(await rejection(attempt)).toBe(notAssigned);
  });

  it('refuses referents any redirect', async () => {
    expect(await rejection(createRedirect('referent'))).toBe(forbidden);
  });

  it('lets anonymous portal builds read redirects, never write them', async () => {
    const redirect = await createRedirect('system');
    const { docs } = await cms.payload.find({
      collection: 'redirects',
      where: { id: { equals: redirect.id } },
      overrideAccess: false,
    });
    expect(docs.map((doc) => doc.from)).toEqual([redirect.from]);
    expect(await rejection(createRedirect('anonymous'))).toBe(forbidden);
  });
});
