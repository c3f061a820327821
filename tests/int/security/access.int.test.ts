import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayCms, type ThrowawayCms } from '../../../scripts/lib/throwawayCms.ts';
import {
  api,
  login,
  refusal,
  serverFunction,
  type Answer,
  type Session,
} from '../support/cmsHttp.ts';

/**
 * Issue #13, access control: every finding replayed over HTTP against the real CMS, a
 * production build (`next start`) on a fresh demo-seeded SQLite file, with the seed's own
 * accounts. The admin's server functions (`form-state`, `schedule-publish`) are called as the
 * admin's browser calls them, by posting the Next server action (its id read from the build's
 * manifest). Each test failed before its fix.
 */
const password = `${randomBytes(9).toString('base64url')}-Aa1`;
// Payload's own refusal, in the admin's first language (French) for a client that asks none.
const forbidden = { status: 403, message: 'Vous n’êtes pas autorisé à effectuer cette action.' };
const referentRefusal = {
  status: 403,
  message:
    'Un référent valide les textes mais ne les publie pas : enregistrez un brouillon. / ' +
    'Een referent valideert teksten maar publiceert ze niet: bewaar een concept.',
};
const notValidated = {
  status: 403,
  message:
    'Ce texte doit être validé par le référent de son thème avant publication / ' +
    'Deze tekst moet vóór publicatie door de referent van het thema gevalideerd worden',
};
const png = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/uploads/pixel.png'));

let cms: ThrowawayCms;
const as: Record<'admin' | 'bib' | 'sae' | 'hospichild' | 'secal' | 'one', Session> = {
  admin: null,
  bib: null,
  sae: null,
  hospichild: null,
  secal: null,
  one: null,
};
/** The theme SECAL validates, ONE's, and one no organisation validates. */
const themes = { secal: 0, one: 0, free: 0 };

const call = (session: Session, method: string, route: string, body?: unknown) =>
  api(cms.url, session, method, route, body);

async function ok(answer: Promise<Answer>): Promise<Record<string, unknown>> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`expected success, got ${status}: ${JSON.stringify(body)}`);
  return (body.doc ?? body) as Record<string, unknown>;
}

let unique = 0;
/** A seul avec enfant article, created by the admin as a draft or published. */
async function article(data: Record<string, unknown>, publish = false, collection = 'articles') {
  unique += 1;
  const base =
    collection === 'faq'
      ? { question: `Question ${unique} ?` }
      : { title: `Article de test ${unique}`, kind: 'page' };
  const doc = await ok(
    call(as.admin, 'POST', `${collection}?locale=fr${publish ? '' : '&draft=true'}`, {
      ...base,
      portals: ['seul-avec-enfant'],
      _status: publish ? 'published' : 'draft',
      ...data,
    }),
  );
  return doc.id as number;
}

async function organisationThemes(acronym: string): Promise<number> {
  const { body } = await call(
    as.admin,
    'GET',
    `referent-organisations?where[acronym][equals]=${encodeURIComponent(acronym)}&depth=0`,
  );
  const [organisation] = body.docs as { themes: number[] }[];
  return organisation?.themes[0] as number;
}

beforeAll(async () => {
  cms = await startThrowawayCms({
    log: () => undefined,
    // The demo accounts share the admin's password; a strong one of this run's own.
    env: { CMS_ADMIN_PASSWORD: password },
  });
  const accounts = {
    admin: 'redaction@example.be',
    bib: 'editeur.bib@example.be',
    sae: 'editeur.sae@example.be',
    hospichild: 'editeur.hospichild@example.be',
    secal: 'referent.secal@example.be',
    one: 'referent.one@example.be',
  };
  for (const [key, email] of Object.entries(accounts)) {
    as[key as keyof typeof as] = await login(cms.url, email, password);
  }
  themes.secal = await organisationThemes('SECAL');
  themes.one = await organisationThemes('ONE');
  const free = await ok(
    call(as.admin, 'POST', 'themes?locale=fr', {
      title: 'Thème sans référent',
      portals: ['seul-avec-enfant'],
    }),
  );
  themes.free = free.id as number;
  // A production build of the CMS (when its sources changed), migration and demo seed.
}, 1_200_000);
afterAll(() => {
  cms?.stop();
});

describe('finding 1: preview links', () => {
  let bibDraft: number;
  const formState = (session: Session, id: number, collection = 'articles') =>
    serverFunction(cms.url, session, 'form-state', {
      collectionSlug: collection,
      id,
      data: { id, portals: ['born-in-brussels'] },
      operation: 'update',
      returnPreviewURL: true,
      schemaPath: collection,
      formState: {},
    });
  const tokenIn = (text: string, id: number) =>
    new RegExp(`/preview/articles/${id}/\\?token=([\\w.-]+)`).exec(text)?.[1];

  beforeAll(async () => {
    bibDraft = await article({ portals: ['born-in-brussels'], summary: 'Brouillon secret' });
  });

  it('signs a link for an editor of the document’s portal', async () => {
    const { status, text } = await formState(as.bib, bibDraft);
    expect(status).toBe(200);
    expect(tokenIn(text, bibDraft)).toBeTruthy();
  });

  it.each(['secal', 'sae'] as const)(
    'signs no link for %s, who may not read the draft',
    async (who) => {
      expect((await call(as[who], 'GET', `articles/${bibDraft}?draft=true`)).status).toBe(404);
      const { status, text } = await formState(as[who], bibDraft);
      expect(status).toBe(200);
      expect(text).toContain('"state"');
      expect(tokenIn(text, bibDraft)).toBeUndefined();
    },
  );

  it('refuses a valid token to a session that may not read the document', async () => {
    const token = tokenIn((await formState(as.bib, bibDraft)).text, bibDraft) ?? '';
    const route = `preview/articles/${bibDraft}?token=${token}`;
    expect((await call(null, 'GET', route)).status).toBe(200);
    expect((await call(as.bib, 'GET', route)).status).toBe(200);
    for (const session of [as.secal, as.sae]) {
      const { status, body } = await call(session, 'GET', route);
      expect({ status, error: body.error, message: body.message }).toEqual({
        status: 403,
        error: 'invalid',
        message:
          'You are logged in to the CMS with an account that may not read this document, ' +
          'so its preview link does not open it for you.',
      });
    }
  });
});

describe('finding 2: referents never write the published version', () => {
  let live: number;
  beforeAll(async () => {
    live = await article({ themes: [themes.secal], summary: 'Texte validé en ligne' }, true);
  });
  const liveSummary = async (locale = 'fr') =>
    (await ok(call(null, 'GET', `articles/${live}?locale=${locale}&depth=0`))).summary;

  it.each([
    ['without draft, no _status', '', {}],
    ['without draft, _status draft', '', { _status: 'draft' }],
    ['without draft, _status published', '', { _status: 'published' }],
    ['with draft=true, _status published', '&draft=true', { _status: 'published' }],
    ['in Dutch, without draft', '&locale=nl', {}],
  ])('refuses a referent’s save %s', async (_label, query, extra) => {
    const answer = await call(as.secal, 'PATCH', `articles/${live}?locale=fr${query}`, {
      summary: 'Réécrit par le référent',
      ...extra,
    });
    expect(refusal(answer)).toEqual(referentRefusal);
    expect(await liveSummary()).toBe('Texte validé en ligne');
  });

  it('refuses a referent’s save of a FAQ entry without draft', async () => {
    const faq = await article({ themes: [themes.secal] }, true, 'faq');
    const answer = await call(as.secal, 'PATCH', `faq/${faq}?locale=fr`, {
      question: 'Réécrite ?',
    });
    expect(refusal(answer)).toEqual(referentRefusal);
  });

  it('saves a referent’s draft without changing the live text', async () => {
    const answer = await call(as.secal, 'PATCH', `articles/${live}?locale=fr&draft=true`, {
      summary: 'Proposition du référent',
    });
    expect(answer.status).toBe(200);
    expect(await liveSummary()).toBe('Texte validé en ligne');
  });
});

describe('finding 3: themes in any shape need validation', () => {
  it.each([
    ['a number', (id: number) => id],
    ['a string', (id: number) => String(id)],
    ['an array of one', (id: number) => [id]],
    ['an object', (id: number) => ({ id })],
    ['an array of one object', (id: number) => [{ id }]],
  ])('refuses publishing with themes as %s', async (_label, shape) => {
    const answer = await call(as.sae, 'POST', 'articles?locale=fr', {
      title: `Sans validation ${(unique += 1)}`,
      kind: 'page',
      portals: ['seul-avec-enfant'],
      themes: shape(themes.secal),
      _status: 'published',
    });
    expect(refusal(answer)).toEqual(notValidated);
  });

  it.each(['fr', 'nl'])(
    'refuses adding a validated theme to a published text (%s)',
    async (locale) => {
      const id = await ok(
        call(as.sae, 'POST', 'articles?locale=fr', {
          title: `Publié sans thème ${(unique += 1)}`,
          kind: 'page',
          portals: ['seul-avec-enfant'],
          themes: [],
          _status: 'published',
        }),
      );
      const answer = await call(as.sae, 'PATCH', `articles/${String(id.id)}?locale=${locale}`, {
        themes: [themes.secal],
        _status: 'published',
      });
      expect(refusal(answer)).toEqual(notValidated);
    },
  );

  it('refuses publishing a FAQ entry with its theme as a number', async () => {
    const answer = await call(as.sae, 'POST', 'faq?locale=fr', {
      question: `Sans validation ${(unique += 1)} ?`,
      portals: ['seul-avec-enfant'],
      themes: themes.secal,
      _status: 'published',
    });
    expect(refusal(answer)).toEqual(notValidated);
  });

  it('publishes a text whose theme no organisation validates', async () => {
    const answer = await call(as.sae, 'POST', 'articles?locale=fr', {
      title: `Thème libre ${(unique += 1)}`,
      kind: 'page',
      portals: ['seul-avec-enfant'],
      themes: themes.free,
      _status: 'published',
    });
    expect(answer.status).toBe(201);
  });
});

describe('finding 4: a rewrite of validated content goes back through validation', () => {
  let id: number;
  beforeAll(async () => {
    id = await article({ themes: [themes.secal], summary: 'Version validée' });
    await ok(
      call(as.sae, 'PATCH', `articles/${id}?locale=fr&draft=true`, {
        editorialState: 'in-validation',
      }),
    );
    await ok(
      call(as.secal, 'PATCH', `articles/${id}?locale=fr&draft=true`, {
        editorialState: 'validated',
      }),
    );
    await ok(call(as.sae, 'PATCH', `articles/${id}?locale=fr`, { _status: 'published' }));
  });

  it('shows the approval of the validated text to the public', async () => {
    const doc = await ok(call(null, 'GET', `articles/${id}?depth=0`));
    expect(doc.approval).toMatchObject({ approvedAt: expect.any(String) as string });
    expect((doc.approval as { organisation: unknown }).organisation).toBeTruthy();
  });

  it.each(['fr', 'nl'])('refuses republishing a changed text (%s)', async (locale) => {
    const answer = await call(as.sae, 'PATCH', `articles/${id}?locale=${locale}`, {
      summary: `Réécrit après validation (${locale})`,
      _status: 'published',
    });
    expect(refusal(answer)).toEqual(notValidated);
  });

  it('sends a changed draft back to writing without the approval', async () => {
    await ok(
      call(as.sae, 'PATCH', `articles/${id}?locale=fr&draft=true`, {
        summary: 'Réécrit après validation',
      }),
    );
    const draft = await ok(call(as.sae, 'GET', `articles/${id}?draft=true&depth=0`));
    expect(draft.editorialState).toBe('writing');
    expect(draft.approval).toMatchObject({ organisation: null, approvedAt: null });
    const live = await ok(call(null, 'GET', `articles/${id}?depth=0`));
    expect(live.summary).toBe('Version validée');
  });

  it('republishes an unchanged validated text', async () => {
    const other = await article({ themes: [themes.secal] });
    await ok(
      call(as.sae, 'PATCH', `articles/${other}?draft=true`, { editorialState: 'in-validation' }),
    );
    await ok(
      call(as.secal, 'PATCH', `articles/${other}?draft=true`, { editorialState: 'validated' }),
    );
    const sent = await ok(call(as.sae, 'GET', `articles/${other}?draft=true&depth=0&locale=fr`));
    const answer = await call(as.sae, 'PATCH', `articles/${other}?locale=fr`, {
      title: sent.title,
      summary: sent.summary,
      _status: 'published',
    });
    expect(answer.status).toBe(200);
  });
});

describe('finding 5: scheduling and locks need the right to update', () => {
  const schedule = (session: Session, args: Record<string, unknown>) =>
    serverFunction(cms.url, session, 'schedule-publish', args);
  /** The ids of the publications scheduled for an article, as the admin's drawer lists them. */
  const upcoming = async (id: number) => {
    const { text } = await serverFunction(cms.url, as.admin, 'get-upcoming-scheduled-publish', {
      collectionSlug: 'articles',
      // As the drawer sends it, and as a scheduled job stores the document's id: text.
      id: String(id),
    });
    return [...text.matchAll(/"id":(\d+),"input"/g)].map((match) => Number(match[1]));
  };
  // A Date, as React encodes one in a server action's arguments (the handler calls toISOString).
  const tomorrow = () => `$D${new Date(Date.now() + 86_400_000).toISOString()}`;
  const publishArgs = (id: number) => ({
    type: 'publish',
    date: tomorrow(),
    doc: { relationTo: 'articles', value: String(id) },
  });

  const refused =
    'Vous ne pouvez pas planifier ni annuler la publication de ce document. / ' +
    'U kunt de publicatie van dit document niet plannen of annuleren.';

  it('refuses scheduling a document to an editor of another portal', async () => {
    const id = await article({});
    const { text } = await schedule(as.bib, publishArgs(id));
    expect(text).toContain(refused);
    expect(await upcoming(id)).toEqual([]);
  });

  it('refuses deleting a scheduled publication to who may not publish its document', async () => {
    // The referent may save drafts of it, but never publishes or unpublishes.
    const id = await article({ themes: [themes.secal] });
    await schedule(as.sae, publishArgs(id));
    const [job] = await upcoming(id);
    expect(job).toBeTypeOf('number');
    for (const session of [as.bib, as.secal]) {
      expect((await schedule(session, { deleteID: job })).text).toContain(refused);
    }
    expect(await upcoming(id)).toEqual([job]);
    await schedule(as.sae, { deleteID: job });
    expect(await upcoming(id)).toEqual([]);
  });

  it('locks nothing for a user who may not update the document', async () => {
    const id = await article({ portals: ['born-in-brussels'] });
    for (const session of [as.secal, as.sae]) {
      await serverFunction(cms.url, session, 'form-state', {
        collectionSlug: 'articles',
        id,
        operation: 'update',
        schemaPath: 'articles',
        formState: {},
        returnLockStatus: true,
        updateLastEdited: true,
      });
    }
    const answer = await call(as.bib, 'PATCH', `articles/${id}?draft=true&locale=fr`, {
      summary: 'Toujours modifiable',
    });
    expect(answer.status).toBe(200);
  });
});

describe('finding 5: the lock collection', () => {
  const lock = (session: Session, id: number, owner = session) =>
    call(session, 'POST', 'payload-locked-documents', {
      document: { relationTo: 'articles', value: id },
      user: { relationTo: 'users', value: owner?.id },
    });

  it('refuses a lock on a document the user may not update', async () => {
    const id = await article({ portals: ['born-in-brussels'] });
    for (const session of [as.secal, as.sae]) {
      expect(refusal(await lock(session, id))).toEqual(forbidden);
    }
  });

  it('refuses a lock taken in another user’s name', async () => {
    const id = await article({ portals: ['born-in-brussels'] });
    expect(refusal(await lock(as.bib, id, as.hospichild))).toEqual(forbidden);
  });

  it('lets an editor of the document lock it, and nobody else unlock it', async () => {
    const id = await article({ portals: ['born-in-brussels'] });
    const taken = await ok(lock(as.bib, id));
    const route = `payload-locked-documents/${String(taken.id)}`;
    expect(refusal(await call(as.sae, 'DELETE', route))).toEqual(forbidden);
    expect((await call(as.bib, 'DELETE', route)).status).toBe(200);
  });
});

describe('finding 6: a section stays in its portal’s tree', () => {
  const sectionOf = async (portal: string) => {
    const { body } = await call(
      null,
      'GET',
      `sections?where[portal][equals]=${portal}&limit=1&depth=0`,
    );
    return (body.docs as { id: number }[])[0]?.id as number;
  };
  const otherPortal = {
    status: 400,
    message:
      'The following field is invalid: parent\n' +
      'La rubrique parente doit appartenir au même portail. / ' +
      'De bovenliggende rubriek moet tot hetzelfde portaal behoren.',
  };

  it.each([
    ['a number', (id: number) => id],
    ['a string', (id: number) => String(id)],
    ['an object', (id: number) => ({ id })],
  ])('refuses a parent from another portal given as %s', async (_label, shape) => {
    const bib = await sectionOf('born-in-brussels');
    const sae = await sectionOf('seul-avec-enfant');
    const answer = await call(as.bib, 'PATCH', `sections/${bib}`, { parent: shape(sae) });
    expect(refusal(answer)).toEqual(otherPortal);
  });

  it('refuses moving another portal’s section', async () => {
    const bib = await sectionOf('born-in-brussels');
    const sae = await sectionOf('seul-avec-enfant');
    expect(refusal(await call(as.bib, 'PATCH', `sections/${sae}`, { parent: bib }))).toEqual(
      forbidden,
    );
  });
});

describe('finding 7: media belong to their portals', () => {
  let id: number;
  beforeAll(async () => {
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), `pixel-${Date.now()}.png`);
    form.append('_payload', JSON.stringify({ alt: 'Un pixel' }));
    const doc = await ok(call(as.bib, 'POST', 'media?locale=fr', form));
    id = doc.id as number;
    expect(doc.portals).toEqual(['born-in-brussels']);
  });

  it('refuses changing or replacing a file to an editor of another portal', async () => {
    expect(refusal(await call(as.sae, 'PATCH', `media/${id}?locale=fr`, { alt: 'Volé' }))).toEqual(
      forbidden,
    );
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), `replaced-${Date.now()}.png`);
    expect(refusal(await call(as.sae, 'PATCH', `media/${id}`, form))).toEqual(forbidden);
  });

  it('lets an editor of its portal change it', async () => {
    expect((await call(as.bib, 'PATCH', `media/${id}?locale=fr`, { alt: 'Un point' })).status).toBe(
      200,
    );
  });

  it('refuses uploading to another editor’s portal', async () => {
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), `foreign-${Date.now()}.png`);
    form.append('_payload', JSON.stringify({ alt: 'Ailleurs', portals: ['hospichild'] }));
    expect(refusal(await call(as.bib, 'POST', 'media?locale=fr', form))).toEqual({
      status: 403,
      message:
        'Portail non attribué à votre compte : hospichild. / ' +
        'Portaal niet aan uw account toegewezen: hospichild.',
    });
  });
});

describe('finding 8: version history for staff', () => {
  it.each([
    ['bib', 'articles'],
    ['secal', 'articles'],
    ['sae', 'faq'],
    ['one', 'faq'],
  ] as const)('lists the %s account’s %s versions', async (who, collection) => {
    const { status, body } = await call(as[who], 'GET', `${collection}/versions?depth=0&limit=100`);
    expect(status).toBe(200);
    const versions = body.docs as { version: { portals: string[]; themes: number[] } }[];
    expect(versions.length).toBeGreaterThan(0);
    for (const { version } of versions) {
      if (who === 'bib') expect(version.portals).toContain('born-in-brussels');
      if (who === 'sae') expect(version.portals).toContain('seul-avec-enfant');
      if (who === 'secal') expect(version.themes).toContain(themes.secal);
      if (who === 'one') expect(version.themes).toContain(themes.one);
    }
  });

  it('refuses the version history to the public', async () => {
    expect(refusal(await call(null, 'GET', 'articles/versions'))).toEqual(forbidden);
  });
});

describe('finding 15: no staff account in the public API', () => {
  it('shows a validated text’s organisation and date, not its referent', async () => {
    const { body } = await call(
      null,
      'GET',
      'articles?where[approval.approvedAt][exists]=true&depth=0&limit=5',
    );
    const docs = body.docs as { approval: Record<string, unknown> }[];
    expect(docs.length).toBeGreaterThan(0);
    for (const { approval } of docs) {
      expect(Object.keys(approval).sort()).toEqual(['approvedAt', 'organisation']);
    }
  });

  it('shows referent organisations without their contact person', async () => {
    const { body } = await call(null, 'GET', 'referent-organisations?depth=0&limit=50');
    for (const organisation of body.docs as Record<string, unknown>[]) {
      expect(organisation).not.toHaveProperty('contact');
    }
    const staff = await call(as.sae, 'GET', 'referent-organisations?depth=0&limit=50');
    expect((staff.body.docs as Record<string, unknown>[]).some((doc) => doc.contact)).toBe(true);
  });
});
