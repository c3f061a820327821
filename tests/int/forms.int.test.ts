import { formThrottle, postsPerClient } from '@portals/cms/forms';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { postForm } from './support/formPost.ts';
import { startMailbox } from './support/mailbox.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let actors: Actors;
let theme: number;
let hospichildTheme: number;

const reader = {
  senderKind: 'individual',
  name: 'Ana Peeters',
  email: 'ana@lecteurs.example',
  subject: 'Pension alimentaire impayée',
  message: 'Mon ex-conjoint ne paie plus depuis trois mois. <script>alert(1)</script>',
};

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.CMS_SMTP_HOST = '127.0.0.1';
  process.env.CMS_SMTP_PORT = String(mailbox.port);
  process.env.SITE_URL_SEUL_AVEC_ENFANT = 'https://seul.example.be';
  cms = await startPayload();
  const createTheme = async (title: string, portal: 'seul-avec-enfant' | 'hospichild') =>
    (
      await cms.payload.create({
        collection: 'themes',
        locale: 'fr',
        data: { title, portals: [portal] },
        overrideAccess: true,
      })
    ).id;
  theme = await createTheme('Créances alimentaires', 'seul-avec-enfant');
  hospichildTheme = await createTheme('Hospitalisation', 'hospichild');
  actors = await createActors(cms.payload, theme);
});
afterAll(async () => {
  await cms?.stop();
  await mailbox?.stop();
  for (const name of ['CMS_SMTP_HOST', 'CMS_SMTP_PORT', 'SITE_URL_SEUL_AVEC_ENFANT']) {
    delete process.env[name];
  }
});
beforeEach(() => formThrottle.clear());

async function messagesFrom(email: string) {
  const { docs } = await cms.payload.find({
    collection: 'messages',
    where: { email: { equals: email } },
    depth: 0,
    overrideAccess: true,
  });
  return docs;
}

describe('POST /api/forms/contact', () => {
  it('stores the message, sends the reader to the thank-you page and e-mails sender and staff', async () => {
    const answer = await postForm(cms.payload, 'contact', { fields: reader });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('https://seul.example.be/fr/contact/merci/');
    const [stored] = await messagesFrom(reader.email);
    expect(stored).toMatchObject({
      kind: 'contact',
      portal: 'seul-avec-enfant',
      locale: 'fr',
      state: 'new',
      name: reader.name,
      message: reader.message,
    });
    const acknowledgement = await mailbox.waitFor(
      (mail) => mail.to.includes(reader.email) && mail.subject.includes('votre message'),
    );
    expect(acknowledgement.text).not.toContain('ex-conjoint');
    expect(acknowledgement.text).not.toContain(reader.name);
    const notice = await mailbox.waitFor((mail) => mail.to.includes(actors.editor.email));
    expect(notice.text).toContain('<script>alert(1)</script>');
    expect(notice.text).toContain(`/admin/collections/messages/${String(stored?.id)}`);
    expect(notice.to).not.toContain(actors.otherEditor.email);
  });

  it('answers a script with { ok: true } and lets the portal read it, without credentials', async () => {
    const answer = await postForm(cms.payload, 'contact', {
      fields: { ...reader, email: 'script@lecteurs.example' },
      json: true,
    });
    expect(answer).toMatchObject({ status: 200, json: { ok: true } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://seul.example.be');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('stores nothing and sends nothing when the honeypot is filled, yet thanks the robot', async () => {
    const email = 'robot@lecteurs.example';
    const answer = await postForm(cms.payload, 'contact', {
      fields: { ...reader, email, website: 'https://spam.example' },
    });
    expect(answer.location).toBe('https://seul.example.be/fr/contact/merci/');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await messagesFrom(email)).toEqual([]);
    expect(mailbox.messages.filter((mail) => mail.to.includes(email))).toEqual([]);
  });

  it('refuses a post sent too fast', async () => {
    const fields = { ...reader, email: 'fast@lecteurs.example', started: String(Date.now()) };
    expect(await postForm(cms.payload, 'contact', { fields, json: true })).toMatchObject({
      status: 400,
      json: {
        errors: {
          form: 'Le formulaire a été envoyé trop vite. Relisez-le puis envoyez-le à nouveau.',
        },
      },
    });
    expect((await postForm(cms.payload, 'contact', { fields })).location).toBe(
      'https://seul.example.be/fr/contact/erreur/too-fast/',
    );
    expect(await messagesFrom(fields.email)).toEqual([]);
  });

  it('refuses a body over 32 KiB with 413', async () => {
    const fields = { ...reader, email: 'big@lecteurs.example', message: 'x'.repeat(40_000) };
    expect(await postForm(cms.payload, 'contact', { fields, json: true })).toMatchObject({
      status: 413,
      json: { errors: { form: 'Le message est trop long pour être envoyé.' } },
    });
    expect(await messagesFrom(fields.email)).toEqual([]);
  });

  it('refuses a message over its length cap, tied to the field', async () => {
    const fields = { ...reader, email: 'long@lecteurs.example', message: 'x'.repeat(5001) };
    expect(await postForm(cms.payload, 'contact', { fields, json: true })).toMatchObject({
      status: 400,
      json: { errors: { message: 'Ce texte dépasse 5000 caractères.' } },
    });
  });

  it('refuses a malformed e-mail address, with the same answer as for any address', async () => {
    const answer = await postForm(cms.payload, 'contact', {
      fields: { ...reader, email: 'ana@@lecteurs' },
      json: true,
    });
    expect(answer).toMatchObject({
      status: 400,
      json: {
        errors: { email: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.' },
      },
    });
    expect(
      (await postForm(cms.payload, 'contact', { fields: { ...reader, email: 'x@' } })).location,
    ).toBe('https://seul.example.be/fr/contact/erreur/invalid/');
  });

  it('limits the posts of one client address with 429', async () => {
    const client = '198.51.100.7';
    for (let i = 0; i < postsPerClient; i += 1) {
      const fields = { ...reader, email: `limit${i}@lecteurs.example` };
      expect((await postForm(cms.payload, 'contact', { fields, client })).status).toBe(303);
    }
    const fields = { ...reader, email: 'limit-last@lecteurs.example' };
    expect(await postForm(cms.payload, 'contact', { fields, client, json: true })).toMatchObject({
      status: 429,
      json: { errors: { form: 'Trop d’envois en peu de temps. Réessayez dans une heure.' } },
    });
    expect(await messagesFrom(fields.email)).toEqual([]);
  });

  it('limits the posts naming one address, from any client', async () => {
    const fields = { ...reader, email: 'target@lecteurs.example' };
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await postForm(cms.payload, 'contact', { fields, client: `203.0.113.${i}` })).status,
      ).toBe(303);
    }
    const answer = await postForm(cms.payload, 'contact', { fields, client: '203.0.113.99' });
    expect(answer.location).toBe('https://seul.example.be/fr/contact/erreur/rate-limited/');
    expect(await messagesFrom(fields.email)).toHaveLength(3);
  });

  it('refuses a portal it does not know rather than redirecting anywhere', async () => {
    const answer = await postForm(cms.payload, 'contact', {
      fields: reader,
      portal: 'evil.example',
    });
    expect(answer.status).toBe(400);
    expect(answer.location).toBeNull();
  });
});

describe('POST /api/forms/question', () => {
  it('stores the question with its theme and tells the referents of that theme only', async () => {
    const email = 'question@lecteurs.example';
    const answer = await postForm(cms.payload, 'question', {
      fields: { ...reader, email, theme: String(theme) },
    });
    expect(answer.location).toBe('https://seul.example.be/fr/poser-une-question/merci/');
    const [stored] = await messagesFrom(email);
    expect(stored).toMatchObject({ kind: 'question', theme: theme });
    const notice = await mailbox.waitFor((mail) => mail.to.includes(actors.referent.email));
    expect(notice.to).not.toContain(actors.otherReferent.email);
    expect(notice.subject).toContain('Question / Vraag');
  });

  it('refuses a theme of another portal, tied to the theme field', async () => {
    const email = 'wrong-theme@lecteurs.example';
    const answer = await postForm(cms.payload, 'question', {
      fields: { ...reader, email, theme: String(hospichildTheme) },
      json: true,
    });
    expect(answer).toMatchObject({
      status: 400,
      json: { errors: { theme: 'Choisissez une des options proposées.' } },
    });
    expect(await messagesFrom(email)).toEqual([]);
  });
});

describe('who reads the inbox', () => {
  async function visibleTo(actor: keyof Actors, email: string) {
    const { docs } = await cms.payload.find({
      collection: 'messages',
      where: { email: { equals: email } },
      depth: 0,
      user: actors[actor],
      overrideAccess: false,
    });
    return docs.map((doc) => doc.kind);
  }

  beforeAll(async () => {
    for (const [form, email] of [
      ['contact', 'access@lecteurs.example'],
      ['question', 'access@lecteurs.example'],
    ] as const) {
      await postForm(cms.payload, form, {
        fields: { ...reader, email, theme: String(theme) },
        client: `access-${form}`,
      });
    }
  });

  it('shows the messages of a portal to its editors and to admins', async () => {
    expect((await visibleTo('editor', 'access@lecteurs.example')).sort()).toEqual([
      'contact',
      'question',
    ]);
    expect(await visibleTo('admin', 'access@lecteurs.example')).toHaveLength(2);
  });

  it('shows a referent the questions of their themes, never the contact messages', async () => {
    expect(await visibleTo('referent', 'access@lecteurs.example')).toEqual(['question']);
  });

  it('shows nothing to an editor of another portal or a referent of another theme', async () => {
    for (const actor of ['otherEditor', 'otherReferent'] as const) {
      expect(await visibleTo(actor, 'access@lecteurs.example')).toEqual([]);
    }
  });

  it('refuses an anonymous reader outright', async () => {
    await expect(visibleTo('anonymous', 'access@lecteurs.example')).rejects.toThrow(
      'Vous n’êtes pas autorisé à effectuer cette action.',
    );
  });

  it('lets nobody create a message through the API', async () => {
    await expect(
      cms.payload.create({
        collection: 'messages',
        data: {
          kind: 'contact',
          portal: 'hospichild',
          locale: 'fr',
          state: 'new',
          email: 'a@b.be',
          message: 'x',
        },
        user: actors.admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow('Vous n’êtes pas autorisé à effectuer cette action.');
  });
});
