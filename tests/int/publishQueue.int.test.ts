import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createArticle } from './support/fixtures.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

// A stand-in for `scripts/publish-portal.ts` that keeps the same output contract (phases,
// then the release) and records each call, so the queue can be observed without Astro.
// The real command is exercised end to end in tests/e2e/publish.e2e.test.ts.
const work = mkdtempSync(path.join(tmpdir(), 'portals-publish-int-'));
const calls = path.join(work, 'calls.log');
const failFlag = path.join(work, 'fail');
const script = path.join(work, 'build.sh');
writeFileSync(
  script,
  `echo "$1" >> "${calls}"
echo "building $1"
if [ -f "${failFlag}" ]; then echo 'Astro: page /fr/x/ failed' >&2; echo '@publish {"error":"The build of '$1' failed: page /fr/x/"}'; exit 1; fi
echo '@publish {"phase":"wait","ms":1}'
echo '@publish {"phase":"build","ms":1200}'
echo '@publish {"phase":"index","ms":300}'
echo '@publish {"phase":"deploy","ms":5}'
echo '@publish {"done":{"release":"2026-11-23T10-00-00-000Z","pages":42}}'
`,
);

let cms: TestPayload;
beforeAll(async () => {
  process.env.CMS_PUBLISH_COMMAND = `sh ${script}`;
  process.env.CMS_PUBLISH_PORTALS = 'hospichild,born-in-brussels';
  process.env.CMS_PUBLISH_DEBOUNCE_SECONDS = '1';
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
  rmSync(work, { recursive: true, force: true });
  for (const name of ['COMMAND', 'PORTALS', 'DEBOUNCE_SECONDS']) {
    delete process.env[`CMS_PUBLISH_${name}`];
  }
});
beforeEach(async () => {
  // Each test starts from an empty queue and history.
  await cms.payload.delete({ collection: 'builds', where: {}, overrideAccess: true });
  await cms.payload.delete({ collection: 'payload-jobs', where: {}, overrideAccess: true });
  rmSync(calls, { force: true });
  rmSync(failFlag, { force: true });
});

const builds = async (status?: string) =>
  (
    await cms.payload.find({
      collection: 'builds',
      where: status ? { status: { equals: status } } : {},
      sort: 'queuedAt',
      depth: 0,
      overrideAccess: true,
    })
  ).docs;

const pendingJobs = async () =>
  (
    await cms.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { queue: { equals: 'builds' } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs;

const commandCalls = () => {
  try {
    return readFileSync(calls, 'utf8').trim().split('\n');
  } catch {
    return [];
  }
};

/** What the CMS's runner does every second, once the debounce has passed. */
async function runDueBuilds() {
  await sleep(1100);
  await cms.payload.jobs.run({ queue: 'builds' });
}

describe('queueing a rebuild', () => {
  it('coalesces five quick edits into one queued build, then runs it once', async () => {
    const article = await createArticle(cms.payload, { title: 'Rafale de modifications' });
    for (let edit = 1; edit <= 4; edit += 1) {
      await cms.payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'fr',
        data: { summary: `Résumé, version ${edit}.` },
        overrideAccess: true,
      });
    }
    const queued = await builds('queued');
    expect(queued).toHaveLength(1);
    expect(queued[0]?.portal).toBe('hospichild');
    expect(queued[0]?.triggers?.map((trigger) => trigger.action)).toEqual([
      'published',
      'changed',
      'changed',
      'changed',
      'changed',
    ]);
    expect(queued[0]?.summary).toBe('« Rafale de modifications » +4');
    const jobs = await pendingJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.concurrencyKey).toBe('rebuild:hospichild');
    // Due one debounce after the last edit, not before.
    expect(Date.parse(String(jobs[0]?.waitUntil))).toBeGreaterThan(Date.now());

    await runDueBuilds();
    expect(commandCalls()).toEqual(['hospichild']);
    const [done] = await builds();
    expect(done).toMatchObject({
      status: 'succeeded',
      pages: 42,
      release: '2026-11-23T10-00-00-000Z',
      phases: { wait: 1, build: 1200, index: 300, deploy: 5 },
    });
    expect(done?.durationMs).toBeGreaterThan(1000);
    expect(done?.log).toContain('building hospichild');
  });

  it('queues nothing for a draft, nor for a draft saved over a published text', async () => {
    await createArticle(cms.payload, { title: 'Jamais publié', status: 'draft' });
    const published = await createArticle(cms.payload, { title: 'En ligne' });
    await cms.payload.delete({ collection: 'builds', where: {}, overrideAccess: true });
    await cms.payload.update({
      collection: 'articles',
      id: published.id,
      locale: 'fr',
      draft: true,
      data: { title: 'En ligne, retouche en cours', _status: 'draft' },
      overrideAccess: true,
    });
    expect(await builds()).toHaveLength(0);
  });

  it('rebuilds after an unpublication and a deletion, even with a draft on top', async () => {
    const article = await createArticle(cms.payload, { title: 'À retirer' });
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: { summary: 'Brouillon par-dessus.', _status: 'draft' },
      overrideAccess: true,
    });
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    });
    const gone = await createArticle(cms.payload, { title: 'À supprimer' });
    await cms.payload.delete({ collection: 'articles', id: gone.id, overrideAccess: true });
    const [queued] = await builds('queued');
    // Each withdrawal also writes a redirect from the page's address (issue #16), which the
    // same build puts online; hooks may record the two in either order.
    expect(
      queued?.triggers?.map((trigger) => `${trigger.action} ${trigger.documentTitle}`).sort(),
    ).toEqual(
      [
        'published À retirer',
        'unpublished À retirer',
        'published /fr/articles/a-retirer/',
        'published À supprimer',
        'deleted À supprimer',
        'published /fr/articles/a-supprimer/',
      ].sort(),
    );
  });

  it('rebuilds exactly the portals a document is on, and the one it left', async () => {
    const article = await createArticle(cms.payload, {
      title: 'Deux portails',
      portals: ['born-in-brussels'],
    });
    expect((await builds()).map((build) => build.portal)).toEqual(['born-in-brussels']);
    await cms.payload.delete({ collection: 'builds', where: {}, overrideAccess: true });
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { portals: ['hospichild'] },
      overrideAccess: true,
    });
    expect((await builds()).map((build) => build.portal).sort()).toEqual([
      'born-in-brussels',
      'hospichild',
    ]);
    // seul-avec-enfant is not rebuilt here (CMS_PUBLISH_PORTALS leaves it out).
    await createArticle(cms.payload, { title: 'Ailleurs', portals: ['seul-avec-enfant'] });
    expect((await builds()).map((build) => build.portal).sort()).toEqual([
      'born-in-brussels',
      'hospichild',
    ]);
  });
});

describe('running a rebuild', () => {
  it('records a failed build with its error and does not retry it', async () => {
    writeFileSync(failFlag, '');
    await createArticle(cms.payload, { title: 'Construction ratée' });
    await runDueBuilds();
    const [failed] = await builds();
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toBe('The build of hospichild failed: page /fr/x/');
    expect(failed?.log).toContain('Astro: page /fr/x/ failed');
    await cms.payload.jobs.run({ queue: 'builds' });
    expect(commandCalls()).toEqual(['hospichild']);
  });

  it('builds again for an edit made while a build was running', async () => {
    await createArticle(cms.payload, { title: 'Première' });
    await sleep(1100);
    const running = cms.payload.jobs.run({ queue: 'builds' });
    await createArticle(cms.payload, { title: 'Pendant la construction' });
    await running;
    await runDueBuilds();
    expect(commandCalls()).toEqual(['hospichild', 'hospichild']);
    expect((await builds()).map((build) => build.status)).toEqual(['succeeded', 'succeeded']);
  });
});
