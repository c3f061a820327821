import type { User } from '@portals/content-models/payload-types';
import { handleEndpoints } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { startMailbox } from './support/mailbox.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let actors: Actors;
let theme: number;

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.CMS_SMTP_HOST = '127.0.0.1';
  process.env.CMS_SMTP_PORT = String(mailbox.port);
  cms = await startPayload();
  theme = (
    await cms.payload.create({
      collection: 'themes',
      locale: 'fr',
      data: { title: 'Créances alimentaires', portals: ['seul-avec-enfant'] },
      overrideAccess: true,
    })
  ).id;
  actors = await createActors(cms.payload, theme);
});
afterAll(async () => {
  await cms?.stop();
  await mailbox?.stop();
  for (const name of ['CMS_SMTP_HOST', 'CMS_SMTP_PORT']) delete process.env[name];
});

let counter = 0;
async function question(kind: 'contact' | 'question' = 'question') {
  counter += 1;
  return cms.payload.create({
    collection: 'messages',
    data: {
      kind,
      portal: 'seul-avec-enfant',
      locale: 'fr',
      state: 'new',
      senderKind: 'individual',
      name: 'Nadia Lambert',
      email: `nadia${counter}@lecteurs.example`,
      subject: 'Le SECAL avance-t-il la pension ?',
      message: 'Mon ex ne paie plus, j’habite à Namur.',
      ...(kind === 'question' ? { theme } : {}),
    },
    overrideAccess: true,
  });
}

async function tokenOf(user: User): Promise<string> {
  const { token } = await cms.payload.login({
    collection: 'users',
    data: { email: user.email, password: 'test-password-1' },
  });
  return token ?? '';
}

/** An admin action on a message, through Payload's REST router, as the admin's button sends it. */
async function act(user: User | undefined, id: number, action: string, body: object = {}) {
  const response = await handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000/api/messages/${id}/${action}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(user ? { authorization: `JWT ${await tokenOf(user)}` } : {}),
      },
      body: JSON.stringify(body),
    }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('reply by e-mail', () => {
  it('sends the reply to the reader in their language and marks the message answered', async () => {
    const message = await question('contact');
    const reply = 'Oui : le SECAL peut avancer jusqu’à 175 € par mois et par enfant.';
    expect(await act(actors.editor, message.id, 'reply', { reply })).toEqual({
      status: 200,
      json: { ok: true },
    });
    const mail = await mailbox.waitFor((m) => m.to.includes(message.email));
    expect(mail.subject).toBe('seul avec enfant : réponse à « Le SECAL avance-t-il la pension ? »');
    expect(mail.text).toContain(reply);
    const stored = await cms.payload.findByID({ collection: 'messages', id: message.id });
    expect(stored).toMatchObject({ state: 'answered', reply });
    expect(stored.answeredAt).toBeTruthy();
  });

  it('lets the referent of the question’s theme answer it', async () => {
    const message = await question();
    expect((await act(actors.referent, message.id, 'reply', { reply: 'Voici.' })).status).toBe(200);
  });

  it('answers 404 to a referent of another theme and an editor of another portal, 401 to a reader', async () => {
    const message = await question();
    for (const user of [actors.otherReferent, actors.otherEditor]) {
      expect(await act(user, message.id, 'reply', { reply: 'Non.' })).toEqual({
        status: 404,
        json: { errors: [{ message: 'Message introuvable / Bericht niet gevonden' }] },
      });
    }
    expect((await act(undefined, message.id, 'reply', { reply: 'Non.' })).status).toBe(401);
    const stored = await cms.payload.findByID({ collection: 'messages', id: message.id });
    expect(stored.state).toBe('new');
  });

  it('refuses to send an empty reply', async () => {
    const message = await question('contact');
    expect(await act(actors.editor, message.id, 'reply')).toEqual({
      status: 400,
      json: { errors: [{ message: 'Écrivez la réponse d’abord / Schrijf eerst het antwoord' }] },
    });
  });
});

describe('turn a question into an FAQ entry', () => {
  it('creates a draft FAQ entry of the portal and theme, without the reader’s data', async () => {
    const message = await question();
    await act(actors.referent, message.id, 'reply', {
      reply: 'Oui, sous conditions.\n\nDemandez-le au SECAL.',
    });
    const answer = await act(actors.editor, message.id, 'faq', {
      question: 'Le SECAL peut-il avancer une pension alimentaire impayée ?',
    });
    expect(answer.status).toBe(201);
    const entry = await cms.payload.findByID({
      collection: 'faq',
      id: answer.json.id as number,
      draft: true,
      locale: 'fr',
      depth: 0,
    });
    expect(entry).toMatchObject({
      question: 'Le SECAL peut-il avancer une pension alimentaire impayée ?',
      themes: [theme],
      portals: ['seul-avec-enfant'],
      _status: 'draft',
    });
    const stored = JSON.stringify(entry);
    expect(stored).toContain('Demandez-le au SECAL.');
    for (const personal of ['Nadia', 'lecteurs.example', 'Namur']) {
      expect(stored).not.toContain(personal);
    }
    const updated = await cms.payload.findByID({
      collection: 'messages',
      id: message.id,
      depth: 0,
    });
    expect(updated.faqEntry).toBe(entry.id);
  });

  it('refuses a question with no reply yet', async () => {
    const message = await question();
    expect(await act(actors.editor, message.id, 'faq')).toEqual({
      status: 400,
      json: {
        errors: [
          {
            message:
              'Seule une question à laquelle on a répondu peut devenir une question fréquente / Alleen een beantwoorde vraag kan een veelgestelde vraag worden',
          },
        ],
      },
    });
  });

  it('leaves the FAQ to those who write it: a referent cannot create the entry', async () => {
    const message = await question();
    await act(actors.referent, message.id, 'reply', { reply: 'Oui.' });
    expect((await act(actors.referent, message.id, 'faq')).status).toBe(403);
  });
});
