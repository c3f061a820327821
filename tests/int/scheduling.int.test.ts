import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { createArticle, paragraph } from './support/fixtures.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let actors: Actors;
let theme: number;

beforeAll(async () => {
  // The runner wakes every second here instead of every minute.
  process.env.CMS_JOBS_CRON = '* * * * * *';
  cms = await startPayload();
  // Start the runner exactly as the Next server does when it boots.
  process.env.NEXT_RUNTIME = 'nodejs';
  const { register } = await import('@portals/cms/instrumentation');
  await register();
  theme = (
    await cms.payload.create({
      collection: 'themes',
      locale: 'fr',
      data: { title: 'Logement', portals: ['seul-avec-enfant'] },
      overrideAccess: true,
    })
  ).id;
  actors = await createActors(cms.payload, theme);
});
afterAll(async () => {
  await cms?.stop();
  delete process.env.CMS_JOBS_CRON;
  delete process.env.NEXT_RUNTIME;
});

/** Queues what the admin's "schedule" drawer queues, on behalf of `user`. */
function schedule(type: 'publish' | 'unpublish', id: number, user: { id: number }, inMs = 1_500) {
  return cms.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'articles', value: id },
      user: { relationTo: 'users', value: user.id },
    },
    waitUntil: new Date(Date.now() + inMs),
  });
}

/** What an anonymous reader sees of the article, polled until `done` or the time is up. */
async function publicStatusOnceSettled(
  id: number,
  done: (visible: boolean) => boolean,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { totalDocs } = await cms.payload.count({
      collection: 'articles',
      where: { id: { equals: id } },
      overrideAccess: false,
    });
    if (done(totalDocs === 1) || Date.now() > deadline) return totalDocs === 1;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('scheduled publication', () => {
  it('publishes a draft at the scheduled time without anyone saving it', async () => {
    const draft = await createArticle(cms.payload, {
      title: 'Publié à l’heure dite',
      status: 'draft',
    });
    await schedule('publish', draft.id, actors.admin);
    expect(await publicStatusOnceSettled(draft.id, () => false, 400)).toBe(false);
    expect(await publicStatusOnceSettled(draft.id, (visible) => visible)).toBe(true);
  });

  it('unpublishes a published text at the scheduled time', async () => {
    const article = await createArticle(cms.payload, { title: 'Retiré à l’heure dite' });
    await schedule('unpublish', article.id, actors.admin);
    expect(await publicStatusOnceSettled(article.id, (visible) => !visible)).toBe(false);
  });

  it('publishes on behalf of the editor who scheduled it, and records it in the audit trail', async () => {
    const draft = await createArticle(cms.payload, {
      title: 'Programmé par l’éditrice',
      portals: ['seul-avec-enfant'],
      status: 'draft',
    });
    await schedule('publish', draft.id, actors.editor);
    expect(await publicStatusOnceSettled(draft.id, (visible) => visible)).toBe(true);
    // Without transactions (MongoDB outside a replica set) the audit entry may land just
    // after the publication becomes visible.
    const auditEmails = async () =>
      (
        await cms.payload.find({
          collection: 'audit-log',
          where: {
            and: [{ action: { equals: 'publish' } }, { documentId: { equals: String(draft.id) } }],
          },
          overrideAccess: true,
        })
      ).docs.map((entry) => entry.userEmail);
    await expect.poll(auditEmails, { timeout: 10_000 }).toContain(actors.editor.email);
  });

  it('does not publish a scheduled text that still awaits its referent’s validation', async () => {
    const draft = await cms.payload.create({
      collection: 'articles',
      locale: 'fr',
      draft: true,
      data: {
        title: 'Pas encore validé',
        body: paragraph('Texte.'),
        kind: 'page',
        portals: ['seul-avec-enfant'],
        themes: [theme],
        _status: 'draft',
      },
      overrideAccess: true,
    });
    const job = await schedule('publish', draft.id, actors.editor, 500);
    const deadline = Date.now() + 15_000;
    let settled = await cms.payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
    });
    while (!settled.hasError && !settled.completedAt && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      settled = await cms.payload.findByID({
        collection: 'payload-jobs',
        id: job.id,
        overrideAccess: true,
      });
    }
    expect(settled.hasError).toBe(true);
    expect(await publicStatusOnceSettled(draft.id, () => true)).toBe(false);
  });
});
