import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { paragraph } from './support/fixtures.ts';
import { startMailbox } from './support/mailbox.ts';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let actors: Actors;
let theme: number;

beforeAll(async () => {
  mailbox = await startMailbox();
  // The CMS reads its SMTP settings from the environment, like in production.
  process.env.CMS_SMTP_HOST = '127.0.0.1';
  process.env.CMS_SMTP_PORT = String(mailbox.port);
  process.env.CMS_MAIL_FROM = 'redaction@portails.example';
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
  for (const name of ['CMS_SMTP_HOST', 'CMS_SMTP_PORT', 'CMS_MAIL_FROM']) delete process.env[name];
});

let counter = 0;
async function submitted() {
  counter += 1;
  const doc = await cms.payload.create({
    collection: 'articles',
    locale: 'fr',
    draft: true,
    data: {
      title: `Avances du SECAL ${counter}`,
      body: paragraph('Texte.'),
      kind: 'page',
      portals: ['seul-avec-enfant'],
      themes: [theme],
      _status: 'draft',
    },
    user: actors.editor,
    overrideAccess: false,
  });
  await cms.payload.update({
    collection: 'articles',
    id: doc.id,
    draft: true,
    data: { editorialState: 'in-validation' },
    user: actors.editor,
    overrideAccess: false,
  });
  return doc;
}

describe('workflow e-mails through SMTP', () => {
  it('e-mails the referents of the theme when a text is sent for validation', async () => {
    const doc = await submitted();
    const mail = await mailbox.waitFor((message) => message.subject.includes(doc.title));
    expect(mail.subject).toBe(`À valider / Te valideren : ${doc.title}`);
    expect(mail.to).toContain(actors.referent.email);
    expect(mail.to).not.toContain(actors.otherReferent.email);
    expect(mail.text).toContain(`/admin/collections/articles/${doc.id}`);
  });

  it('e-mails the writer when the referent validates the text', async () => {
    const doc = await submitted();
    await cms.payload.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      data: { editorialState: 'validated' },
      user: actors.referent,
      overrideAccess: false,
    });
    const mail = await mailbox.waitFor(
      (message) => message.subject === `Validé / Gevalideerd : ${doc.title}`,
    );
    expect(mail.to).toEqual([actors.editor.email]);
    expect(mail.text).toMatch(/Organisation \d+ a validé/);
  });

  it('e-mails the writer the referent’s comment when changes are requested', async () => {
    const doc = await submitted();
    await cms.payload.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      data: {
        editorialState: 'changes-requested',
        reviewComment: 'Le plafond de revenus a changé en janvier.',
      },
      user: actors.referent,
      overrideAccess: false,
    });
    const mail = await mailbox.waitFor(
      (message) =>
        message.subject.startsWith('Modifications demandées') &&
        message.subject.includes(doc.title),
    );
    expect(mail.to).toEqual([actors.editor.email]);
    expect(mail.text).toContain('Le plafond de revenus a changé en janvier.');
  });

  it('sends from the address configured in the environment', async () => {
    const result = (await cms.payload.sendEmail({
      to: 'test@example.test',
      subject: 'Essai',
      text: 'Bonjour.',
    })) as { envelope?: { from?: string } };
    expect(result.envelope?.from).toBe('redaction@portails.example');
    await mailbox.waitFor((message) => message.subject === 'Essai');
  });
});

describe('without a mail server', () => {
  it('still saves the text when the SMTP server has gone away', async () => {
    await mailbox.stop();
    const doc = await submitted();
    const saved = await cms.payload.findByID({
      collection: 'articles',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    });
    expect(saved.editorialState).toBe('in-validation');
  });
});
