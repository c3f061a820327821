import { signNewsletterToken } from '@portals/cms/newsletter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEditor } from './support/fixtures.ts';
import { startMailbox } from './support/mailbox.ts';
import { call, subscribe } from './support/newsletterHttp.ts';
import { readMail } from './support/readMail.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;

const site = 'http://localhost:4321';

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.CMS_SMTP_HOST = '127.0.0.1';
  // Pinned: the end-to-end set-up builds the portals for other addresses in this process.
  process.env.SITE_URL_HOSPICHILD = 'http://localhost:4321';
  process.env.CMS_SMTP_PORT = String(mailbox.port);
  process.env.CMS_MAIL_FROM = 'lettre@portails.example';
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
  await mailbox?.stop();
  for (const name of ['CMS_SMTP_HOST', 'CMS_SMTP_PORT', 'CMS_MAIL_FROM', 'SITE_URL_HOSPICHILD']) {
    delete process.env[name];
  }
});

async function subscriberOf(email: string) {
  const { docs } = await cms.payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    overrideAccess: true,
  });
  return docs[0];
}

/** Signs up, then returns the confirmation link of the e-mail that arrived. */
async function confirmationLink(email: string, locale = 'fr'): Promise<string> {
  await subscribe(cms.payload, { email, locale });
  const mail = await mailbox.waitFor((message) => message.to.includes(email));
  const link = /https?:\/\/\S+\/api\/newsletter\/confirm\?\S+/.exec(readMail(mail.raw).text)?.[0];
  if (!link) throw new Error(`no confirmation link in: ${mail.text}`);
  return link;
}

describe('newsletter sign-up (double opt-in)', () => {
  it('sends a form post to the thank-you page and e-mails a confirmation link', async () => {
    const reply = await subscribe(cms.payload, { email: 'Lea.Peeters@Example.test' });
    expect(reply.status).toBe(303);
    expect(reply.location).toBe(`${site}/fr/lettre-d-information/merci/`);
    const mail = await mailbox.waitFor((message) =>
      message.to.includes('lea.peeters@example.test'),
    );
    expect(mail.subject).toBe('Confirmez votre inscription à la lettre de Hospichild');
    const { headers, text, html } = readMail(mail.raw);
    expect(headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(text).toMatch(
      /Confirmer mon inscription : http:\/\/localhost:3000\/api\/newsletter\/confirm\?portal=hospichild&locale=fr&token=/,
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(
      /href="http:\/\/localhost:3000\/api\/newsletter\/confirm\?portal=hospichild&amp;locale=fr&amp;token=/,
    );
    expect((await subscriberOf('lea.peeters@example.test'))?.state).toBe('pending');
  });

  it('confirms the subscription and lands on the portal’s confirmed page', async () => {
    const link = await confirmationLink('jan@example.test', 'nl');
    const reply = await call(cms.payload, link);
    expect(reply.status).toBe(303);
    expect(reply.location).toBe(`${site}/nl/nieuwsbrief/inschrijving-bevestigd/`);
    const subscriber = await subscriberOf('jan@example.test');
    expect(subscriber?.state).toBe('confirmed');
    expect(subscriber?.locale).toBe('nl');
    expect(subscriber?.confirmedAt).toBeTruthy();
  });

  it('answers a known address exactly like a new one, and e-mails a confirmed one nothing', async () => {
    await call(cms.payload, await confirmationLink('known@example.test'));
    const sent = mailbox.messages.length;
    const known = await subscribe(cms.payload, { email: 'known@example.test' });
    const fresh = await subscribe(cms.payload, { email: 'fresh@example.test' });
    expect(known).toEqual(fresh);
    const knownJson = await subscribe(cms.payload, { email: 'known@example.test', json: true });
    const freshJson = await subscribe(cms.payload, { email: 'fresh2@example.test', json: true });
    expect(knownJson).toEqual(freshJson);
    expect(JSON.parse(knownJson.text)).toEqual({ ok: true });
    await mailbox.waitFor((message) => message.to.includes('fresh2@example.test'));
    expect(mailbox.messages.slice(sent).flatMap((message) => message.to)).not.toContain(
      'known@example.test',
    );
  });

  it('lets the portal’s sign-up page read its answers, and no other origin', async () => {
    const accepted = await subscribe(cms.payload, { email: 'script@example.test', json: true });
    expect(accepted).toMatchObject({ status: 200, allowOrigin: site });
    const refused = await subscribe(cms.payload, { email: 'lecteur@localhost', json: true });
    expect(refused.status).toBe(400);
    expect(refused.allowOrigin).toBe(site);
    expect(Object.keys((JSON.parse(refused.text) as { errors: object }).errors)).toEqual(['email']);
    const elsewhere = await subscribe(cms.payload, {
      email: 'ailleurs@example.test',
      json: true,
      origin: 'https://attacker.example',
    });
    expect(elsewhere.allowOrigin).toBeNull();
    // Both accepted addresses are mailed before the mailbox closes.
    for (const email of ['script@example.test', 'ailleurs@example.test']) {
      await mailbox.waitFor((message) => message.to.includes(email));
    }
  });

  it('sends an altered confirmation link to the portal’s invalid-link page', async () => {
    const link = await confirmationLink('altered@example.test');
    const reply = await call(
      cms.payload,
      // Another subscriber's id under this one's signature (ids are numbers or hex strings).
      link.replace(/token=([A-Za-z0-9]+)\./, (_, id: string) => `token=${id}0.`),
    );
    expect(reply.status).toBe(303);
    expect(reply.location).toBe(`${site}/fr/lettre-d-information/lien-invalide/`);
    expect((await subscriberOf('altered@example.test'))?.state).toBe('pending');
  });

  it('sends an expired confirmation link to the portal’s invalid-link page', async () => {
    await subscribe(cms.payload, { email: 'late@example.test' });
    const subscriber = await subscriberOf('late@example.test');
    const expired = signNewsletterToken(
      cms.payload.config.secret,
      'confirm',
      subscriber?.id ?? 0,
      new Date(Date.now() - 1000),
    );
    const reply = await call(
      cms.payload,
      `/api/newsletter/confirm?portal=hospichild&locale=fr&token=${expired}`,
    );
    expect(reply.location).toBe(`${site}/fr/lettre-d-information/lien-invalide/`);
    expect((await subscriberOf('late@example.test'))?.state).toBe('pending');
  });

  it('refuses a link naming no portal of ours, redirecting nowhere', async () => {
    const reply = await call(
      cms.payload,
      '/api/newsletter/confirm?portal=evil.example&locale=fr&token=x',
    );
    expect(reply.status).toBe(400);
    expect(reply.location).toBeNull();
    expect(reply.text).toBe('Lien incomplet ou modifié. / Onvolledige of gewijzigde link.\n');
  });
});

describe('newsletter unsubscription', () => {
  async function confirmed(email: string) {
    await call(cms.payload, await confirmationLink(email));
    const subscriber = await subscriberOf(email);
    const token = signNewsletterToken(
      cms.payload.config.secret,
      'unsubscribe',
      subscriber?.id ?? 0,
    );
    return `/api/newsletter/unsubscribe?portal=hospichild&locale=fr&token=${token}`;
  }

  it('unsubscribes in one click (RFC 8058) with a 200 and no redirect', async () => {
    const link = await confirmed('oneclick@example.test');
    const reply = await call(cms.payload, link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(reply).toMatchObject({ status: 200, location: null });
    const subscriber = await subscriberOf('oneclick@example.test');
    expect(subscriber?.state).toBe('unsubscribed');
    expect(subscriber?.unsubscribedAt).toBeTruthy();
  });

  it('shows a page with a button on opening the link, and changes nothing yet', async () => {
    const link = await confirmed('opened@example.test');
    const page = await call(cms.payload, link);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="fr">');
    expect(page.text).toContain(
      '<form method="post" action="/api/newsletter/unsubscribe?portal=hospichild&amp;locale=fr&amp;token=',
    );
    expect(page.text).toContain('<button type="submit">Me désinscrire</button>');
    expect((await subscriberOf('opened@example.test'))?.state).toBe('confirmed');
    const clicked = await call(cms.payload, link, { method: 'POST' });
    expect(clicked.status).toBe(303);
    expect(clicked.location).toBe(`${site}/fr/lettre-d-information/desinscription/`);
    expect((await subscriberOf('opened@example.test'))?.state).toBe('unsubscribed');
  });

  it('does not unsubscribe with a confirmation token', async () => {
    await confirmed('wrongkind@example.test');
    const subscriber = await subscriberOf('wrongkind@example.test');
    const token = signNewsletterToken(cms.payload.config.secret, 'confirm', subscriber?.id ?? 0);
    const reply = await call(
      cms.payload,
      `/api/newsletter/unsubscribe?portal=hospichild&locale=fr&token=${token}`,
      {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    );
    expect(reply).toMatchObject({ status: 400, text: 'Invalid link.\n' });
    expect((await subscriberOf('wrongkind@example.test'))?.state).toBe('confirmed');
  });
});

describe('subscribers are personal data', () => {
  it('are never readable anonymously through the REST API', async () => {
    await subscribe(cms.payload, { email: 'private@example.test' });
    const reply = await call(cms.payload, '/api/subscribers');
    expect(reply.status).toBe(403);
    expect(reply.text).not.toContain('private@example.test');
  });

  it('are hidden from the editors of another portal', async () => {
    await subscribe(cms.payload, { email: 'hospi-only@example.test' });
    const outsider = await createEditor(cms.payload, ['seul-avec-enfant']);
    const { docs } = await cms.payload.find({
      collection: 'subscribers',
      user: outsider,
      overrideAccess: false,
    });
    expect(docs.map((doc) => doc.email)).not.toContain('hospi-only@example.test');
  });
});
