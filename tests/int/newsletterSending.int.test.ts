import { sendEdition } from '@portals/cms/newsletter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, createEditor } from './support/fixtures.ts';
import { startMailbox, type Mail } from './support/mailbox.ts';
import { call } from './support/newsletterHttp.ts';
import { authorization, createSubscriber, currentPeriod } from './support/newsletterFixtures.ts';
import { readMail } from './support/readMail.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let editor: Record<string, string>;
let outsider: Record<string, string>;
let editorEmail: string;
let newsId: number;
let eventId: number;
const readers = [
  'ana@example.test',
  'bert@example.test',
  'chloe@example.test',
  'dirk@example.test',
  'emma@example.test',
];

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.CMS_SMTP_HOST = '127.0.0.1';
  // Pinned: the end-to-end set-up builds the portals for other addresses in this process.
  process.env.SITE_URL_HOSPICHILD = 'http://localhost:4321';
  process.env.CMS_SMTP_PORT = String(mailbox.port);
  process.env.CMS_MAIL_FROM = 'lettre@portails.example';
  cms = await startPayload();
  const { payload } = cms;
  const user = await createEditor(payload, ['hospichild']);
  editorEmail = user.email;
  editor = await authorization(payload, user.email, 'test-password-1');
  const other = await createEditor(payload, ['seul-avec-enfant']);
  outsider = await authorization(payload, other.email, 'test-password-1');
  for (const email of readers) await createSubscriber(payload, email);
  await createSubscriber(payload, 'nl-reader@example.test', { locale: 'nl' });
  await createSubscriber(payload, 'bounced@example.test', { bounced: true });
  await createSubscriber(payload, 'gone@example.test', { state: 'unsubscribed' });
  await createSubscriber(payload, 'pending@example.test', { state: 'pending' });
  await createSubscriber(payload, 'sae@example.test', { portal: 'seul-avec-enfant' });
  newsId = (await createArticle(payload, { title: 'Nouvelle salle de jeux à l’hôpital' })).id;
  await createArticle(payload, { title: 'Brouillon hérisson', status: 'draft' });
  await createArticle(payload, {
    title: 'Nouvelle d’un autre portail',
    portals: ['seul-avec-enfant'],
  });
  eventId = (
    await payload.create({
      collection: 'agenda',
      locale: 'fr',
      draft: false,
      data: {
        title: 'Après-midi contes pour enfants hospitalisés',
        kind: 'event',
        startsAt: '2030-03-04T13:00:00.000Z',
        startsAt_tz: 'Europe/Brussels',
        audiences: ['parents'],
        place: 'Bruxelles',
        portals: ['hospichild'],
        _status: 'published',
      },
      overrideAccess: true,
    })
  ).id;
});
afterAll(async () => {
  await cms?.stop();
  await mailbox?.stop();
  for (const name of ['CMS_SMTP_HOST', 'CMS_SMTP_PORT', 'CMS_MAIL_FROM', 'SITE_URL_HOSPICHILD']) {
    delete process.env[name];
  }
});

let editions = 0;
/** A draft edition of its own month (one per month and language), listing the news and event. */
async function newEdition(title?: string, period?: string) {
  editions += 1;
  return cms.payload.create({
    collection: 'newsletter-editions',
    data: {
      title: title ?? `Lettre de test ${editions}`,
      portal: 'hospichild',
      locale: 'fr',
      period: period ?? `${2000 + editions}-01`,
      editorWord: 'Bonjour à toutes et à tous <b>!</b>',
      news: [newsId],
      events: [eventId],
      state: 'draft',
    },
    overrideAccess: true,
  });
}

const post = (id: number, action: string, headers = editor) =>
  call(cms.payload, `/api/newsletter-editions/${id}/${action}`, { method: 'POST', headers });

const ofEdition = (title: string) => (mail: Mail) => mail.subject === `Hospichild · ${title}`;

async function runJobs() {
  await cms.payload.jobs.run({ queue: 'default', limit: 10 });
}

describe('assembling and previewing an edition', () => {
  it('fills in the period’s published news of the portal and its coming agenda items', async () => {
    const edition = await cms.payload.create({
      collection: 'newsletter-editions',
      data: {
        title: 'Lettre assemblée',
        portal: 'hospichild',
        locale: 'fr',
        period: currentPeriod(),
        state: 'draft',
      },
      overrideAccess: true,
    });
    const reply = await post(edition.id, 'assemble');
    expect(JSON.parse(reply.text)).toEqual({ news: [newsId], events: [eventId] });
    const saved = await cms.payload.findByID({
      collection: 'newsletter-editions',
      id: edition.id,
      depth: 0,
    });
    expect(saved.news).toEqual([newsId]);
    expect(saved.events).toEqual([eventId]);
  });

  it('previews the e-mail as HTML with absolute links to the portal, text made inert', async () => {
    const edition = await newEdition();
    const reply = await call(cms.payload, `/api/newsletter-editions/${edition.id}/preview`, {
      headers: editor,
    });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<html lang="fr">');
    expect(reply.text).toContain('Bonjour à toutes et à tous &lt;b&gt;!&lt;/b&gt;');
    expect(reply.text).toContain(
      'href="http://localhost:4321/fr/articles/nouvelle-salle-de-jeux-a-l-hopital/"',
    );
    expect(reply.text).toContain(
      'href="http://localhost:4321/fr/agenda/apres-midi-contes-pour-enfants-hospitalises/"',
    );
  });

  it('refuses the preview to an editor of another portal and to anonymous visitors', async () => {
    const edition = await newEdition();
    const path = `/api/newsletter-editions/${edition.id}/preview`;
    expect((await call(cms.payload, path, { headers: outsider })).status).toBe(404);
    expect((await call(cms.payload, path)).status).toBe(401);
  });

  it('sends a test to the editor alone', async () => {
    const edition = await newEdition('Lettre testée');
    const reply = await post(edition.id, 'test');
    expect(reply.status).toBe(200);
    const mail = await mailbox.waitFor(
      (message) => message.subject === '[Test] Hospichild · Lettre testée',
    );
    expect(mail.to).toEqual([editorEmail]);
  });

  it('refuses a second edition of the same month and language', async () => {
    await newEdition('Première de 2099', '2099-05');
    await expect(newEdition('Seconde de 2099', '2099-05')).rejects.toThrow(
      'Une lettre existe déjà pour 2099-05 dans cette langue. / Er bestaat al een nieuwsbrief voor 2099-05 in deze taal.',
    );
  });

  it('keeps the sending state out of editors’ hands', async () => {
    const edition = await newEdition();
    const reply = await call(cms.payload, `/api/newsletter-editions/${edition.id}`, {
      method: 'PATCH',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'sent' }),
    });
    expect(reply.status).toBe(200);
    const saved = await cms.payload.findByID({ collection: 'newsletter-editions', id: edition.id });
    expect(saved.state).toBe('draft');
  });
});

describe('sending an edition', () => {
  it('reaches each confirmed subscriber of the portal and language once, even when sent twice', async () => {
    const edition = await newEdition('Lettre envoyée deux fois');
    expect((await post(edition.id, 'send')).status).toBe(202);
    expect(JSON.parse((await post(edition.id, 'send')).text)).toEqual({
      outcome: 'already-sending',
    });
    await runJobs();
    expect(JSON.parse((await post(edition.id, 'send')).text)).toEqual({ outcome: 'already-sent' });
    await runJobs();
    const received = mailbox.messages.filter(ofEdition('Lettre envoyée deux fois'));
    expect(received.flatMap((mail) => mail.to).sort()).toEqual(readers);
    const saved = await cms.payload.findByID({ collection: 'newsletter-editions', id: edition.id });
    expect(saved.state).toBe('sent');
    expect(saved.sentAt).toBeTruthy();
    expect(saved.report).toEqual({ recipients: 5, sent: 5, failed: 0, bounced: 1 });
  });

  it('carries one-click unsubscription headers and both parts, with the reader’s own link', async () => {
    const edition = await newEdition('Lettre aux en-têtes');
    await post(edition.id, 'send');
    await runJobs();
    const mail = await mailbox.waitFor(
      (message) =>
        ofEdition('Lettre aux en-têtes')(message) && message.to.includes('ana@example.test'),
    );
    const { headers, text, html } = readMail(mail.raw);
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const link =
      /^<(http:\/\/localhost:3000\/api\/newsletter\/unsubscribe\?portal=hospichild&locale=fr&token=[^>]+)>$/.exec(
        headers['list-unsubscribe'] ?? '',
      )?.[1];
    expect(link).toBeDefined();
    expect(text).toContain(`Se désinscrire : ${link}`);
    expect(text).toContain('http://localhost:4321/fr/articles/nouvelle-salle-de-jeux-a-l-hopital/');
    expect(html).toContain(`href="${(link ?? '').replace(/&/g, '&amp;')}"`);
    const reply = await call(cms.payload, link ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(reply.status).toBe(200);
    const { docs } = await cms.payload.find({
      collection: 'subscribers',
      where: { email: { equals: 'ana@example.test' } },
    });
    expect(docs[0]?.state).toBe('unsubscribed');
    // Put back for the other tests.
    await cms.payload.update({
      collection: 'subscribers',
      id: docs[0]?.id ?? 0,
      data: { state: 'confirmed' },
    });
  });

  it('resumes a send interrupted between batches without sending anyone twice', async () => {
    const edition = await newEdition('Lettre interrompue');
    await post(edition.id, 'send');
    // The process stops after one batch of two, before the queued job runs.
    expect(await sendEdition(cms.payload, edition.id, { batchSize: 2, maxBatches: 1 })).toBe(
      'interrupted',
    );
    expect(mailbox.messages.filter(ofEdition('Lettre interrompue'))).toHaveLength(2);
    const halfway = await cms.payload.findByID({
      collection: 'newsletter-editions',
      id: edition.id,
    });
    expect(halfway.state).toBe('sending');
    expect(halfway.report).toMatchObject({ recipients: 5, sent: 2 });
    await runJobs();
    const received = mailbox.messages.filter(ofEdition('Lettre interrompue'));
    expect(received.flatMap((mail) => mail.to).sort()).toEqual(readers);
  });

  it('never resends a delivery a crash left in the middle of its SMTP call', async () => {
    const edition = await newEdition('Lettre coupée');
    await post(edition.id, 'send');
    const { docs } = await cms.payload.find({
      collection: 'newsletter-deliveries',
      where: {
        and: [{ edition: { equals: edition.id } }, { email: { equals: 'bert@example.test' } }],
      },
    });
    await cms.payload.update({
      collection: 'newsletter-deliveries',
      id: docs[0]?.id ?? 0,
      data: { state: 'sending' },
    });
    await runJobs();
    const received = mailbox.messages.filter(ofEdition('Lettre coupée')).flatMap((mail) => mail.to);
    expect(received.sort()).toEqual(readers.filter((email) => email !== 'bert@example.test'));
    const saved = await cms.payload.findByID({ collection: 'newsletter-editions', id: edition.id });
    expect(saved.report).toMatchObject({ recipients: 5, sent: 4, failed: 1 });
  });
});

describe('scheduling an edition', () => {
  const schedule = (id: number, at: Date) =>
    call(cms.payload, `/api/newsletter-editions/${id}/schedule`, {
      method: 'POST',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({ at: at.toISOString() }),
    });

  it('sends a scheduled edition once its time has come, not before', async () => {
    const edition = await newEdition('Lettre programmée');
    const at = new Date(Date.now() + 3000);
    const reply = await schedule(edition.id, at);
    expect(JSON.parse(reply.text)).toEqual({ scheduledAt: at.toISOString() });
    await runJobs();
    expect(mailbox.messages.filter(ofEdition('Lettre programmée'))).toHaveLength(0);
    // The queue's runner wakes on a cron; here the test runs it until the mails arrive.
    const received = () => mailbox.messages.filter(ofEdition('Lettre programmée'));
    for (let tries = 0; tries < 30 && received().length < readers.length; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await runJobs();
    }
    expect(
      received()
        .flatMap((mail) => mail.to)
        .sort(),
    ).toEqual(readers);
  }, 30_000);

  it('sends nothing once put back to draft', async () => {
    const edition = await newEdition('Lettre déprogrammée');
    await schedule(edition.id, new Date(Date.now() + 500));
    expect((await post(edition.id, 'unschedule')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await runJobs();
    expect(mailbox.messages.filter(ofEdition('Lettre déprogrammée'))).toHaveLength(0);
    const saved = await cms.payload.findByID({ collection: 'newsletter-editions', id: edition.id });
    expect(saved.state).toBe('draft');
  });
});
