import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLexical } from '@portals/cms/seed';
import type { ThrowawayCms } from '../../../scripts/lib/throwawayCms.ts';
import { authorization, messageOf, productionCms, startupTimeout } from './productionCms.ts';

// Issue #13, findings 9 to 11, replayed over HTTP against the production build.
let cms: ThrowawayCms;
let admin: string;
let editor: string;
let article: number;
let secalTheme: number;

const demoPassword = 'demo-redaction';

async function firstId(path: string): Promise<number> {
  const response = await fetch(`${cms.url}${path}`);
  const { docs } = (await response.json()) as { docs: { id: number }[] };
  const [doc] = docs;
  if (!doc) throw new Error(`nothing at ${path}`);
  return doc.id;
}

beforeAll(async () => {
  cms = await productionCms('demo');
  admin = await authorization(cms.url, 'redaction@example.be', demoPassword);
  editor = await authorization(cms.url, 'editeur.sae@example.be', demoPassword);
  article = await firstId('/api/articles?limit=1&depth=0');
  const secal = await fetch(
    `${cms.url}/api/referent-organisations?where[acronym][equals]=SECAL&depth=0&limit=1`,
  );
  const { docs } = (await secal.json()) as { docs: { themes: number[] }[] };
  secalTheme = docs[0]?.themes[0] ?? Number.NaN;
}, startupTimeout);

afterAll(() => cms?.stop());

function patch(path: string, init: { body?: string; type?: string; as?: string } = {}) {
  return fetch(`${cms.url}${path}`, {
    method: 'PATCH',
    headers: {
      authorization: init.as ?? admin,
      ...(init.type ? { 'content-type': init.type } : {}),
    },
    body: init.body,
  });
}

/**
 * Sends `declared` bytes' worth of headers but only `sent` bytes, and resolves with the
 * status as soon as the server answers: a server that waited for the whole body never would.
 */
function postWithoutFinishing(path: string, headers: Record<string, string>, sent: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const target = new URL(path, cms.url);
    const outgoing = request(target, { method: 'POST', headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body });
        outgoing.destroy();
      });
    });
    outgoing.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let written = 0; written < sent; written += chunk.length) outgoing.write(chunk);
  });
}

/** The path and message of each field a validation error names. */
async function fieldErrors(response: Response) {
  const body = (await response.json()) as {
    errors: { data?: { errors?: { path: string; message: string }[] } }[];
  };
  return body.errors.flatMap((error) =>
    (error.data?.errors ?? []).map(({ path, message }) => ({ path, message })),
  );
}

const tooLarge = 'Requête trop volumineuse : 2 Mo au plus / Verzoek te groot: hoogstens 2 MB';

describe('finding 9: request bodies and text lengths are capped', () => {
  it('refuses an anonymous 200 MB JSON body from its length, before reading it', async () => {
    const answer = await postWithoutFinishing(
      '/api/articles',
      { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) },
      1024 * 1024,
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: tooLarge }] });
  });

  it('refuses a chunked body once it passes the cap, without waiting for its end', async () => {
    const answer = await postWithoutFinishing(
      '/api/articles',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      3 * 1024 * 1024,
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: tooLarge }] });
  });

  it('refuses a title over 200 characters with the length in both languages', async () => {
    const response = await patch(`/api/articles/${article}?locale=fr`, {
      type: 'application/json',
      body: JSON.stringify({ title: 'x'.repeat(201) }),
    });
    expect(response.status).toBe(400);
    expect(await fieldErrors(response)).toEqual([
      {
        path: 'title',
        message:
          'Texte trop long : 201 caractères pour 200 au plus. / Tekst te lang: 201 tekens voor hoogstens 200.',
      },
    ]);
  });

  it('refuses a Dutch FAQ question over 300 characters', async () => {
    const faq = await firstId('/api/faq?limit=1&depth=0');
    const response = await patch(`/api/faq/${faq}?locale=nl`, {
      type: 'application/json',
      body: JSON.stringify({ question: 'v'.repeat(301) }),
    });
    expect(response.status).toBe(400);
    expect(await fieldErrors(response)).toEqual([
      {
        path: 'question',
        message:
          'Texte trop long : 301 caractères pour 300 au plus. / Tekst te lang: 301 tekens voor hoogstens 300.',
      },
    ]);
  });

  it('refuses a rich text whose stored form passes 300,000 characters', async () => {
    const text = 'mot '.repeat(80_000);
    const body = toLexical([text]);
    const response = await patch(`/api/articles/${article}?locale=fr`, {
      type: 'application/json',
      body: JSON.stringify({ body }),
    });
    expect(response.status).toBe(400);
    const [error] = await fieldErrors(response);
    expect(error?.path).toBe('body');
    expect(error?.message).toMatch(/^Texte trop long : \d+ caractères pour 300000 au plus\. \/ /);
  });
});

/** The status and first message of an answer. */
async function answerOf(response: Response) {
  return { status: response.status, message: await messageOf(response) };
}

const notObject =
  'Le corps de la requête doit être un objet JSON (les champs à enregistrer) / ' +
  'De body van het verzoek moet een JSON-object zijn (de velden om op te slaan)';

describe('finding 10: bad input answers 400 or 404 with a message, never 500', () => {
  it('answers an id the database cannot hold with 404, on every collection', async () => {
    for (const collection of ['articles', 'media', 'faq', 'sections']) {
      expect(await answerOf(await fetch(`${cms.url}/api/${collection}/abc`))).toEqual({
        status: 404,
        message: `Aucun document « abc » dans ${collection} / Geen document "abc" in ${collection}`,
      });
    }
  });

  it('answers the same for a malformed id in a write and in version history', async () => {
    expect(
      await answerOf(await patch('/api/articles/abc', { type: 'application/json', body: '{}' })),
    ).toEqual({
      status: 404,
      message: 'Aucun document « abc » dans articles / Geen document "abc" in articles',
    });
    const version = await fetch(`${cms.url}/api/articles/versions/abc`, {
      headers: { authorization: admin },
    });
    expect(await answerOf(version)).toEqual({ status: 400, message: 'Missing ID of version.' });
  });

  it.each([
    ['where[id][in]=abc', 'Filtre invalide : « abc » ne convient pas à « id » (in)'],
    ['where[id][in]=3,abc', 'Filtre invalide : « abc » ne convient pas à « id » (in)'],
    ['where[id][equals]=abc', 'Filtre invalide : « abc » ne convient pas à « id » (equals)'],
    ['where[title][near]=1,2', 'Filtre invalide : « 1,2 » ne convient pas à « title » (near)'],
    [
      'where[createdAt][greater_than]=notadate',
      'Filtre invalide : « notadate » ne convient pas à « createdAt » (greater_than)',
    ],
    [
      'where[or][0][updatedAt][less_than]=hier',
      'Filtre invalide : « hier » ne convient pas à « updatedAt » (less_than)',
    ],
    ['where[title][between]=a', 'Filtre invalide : « a » ne convient pas à « title » (between)'],
  ])('answers the filter %s with 400 naming it', async (query, french) => {
    const answer = await answerOf(await fetch(`${cms.url}/api/articles?${query}`));
    expect(answer.status).toBe(400);
    expect(answer.message?.split(' / ')[0]).toBe(french);
  });

  it('checks filters on another collection and through a relationship id', async () => {
    const answer = await answerOf(
      await fetch(`${cms.url}/api/sections?where[parent][equals]=racine`),
    );
    expect(answer).toEqual({
      status: 400,
      message:
        'Filtre invalide : « racine » ne convient pas à « parent » (equals) / ' +
        'Ongeldige filter: "racine" past niet bij "parent" (equals)',
    });
  });

  it('still answers good filters', async () => {
    const response = await fetch(
      `${cms.url}/api/articles?where[id][in]=${article},${article}&where[createdAt][greater_than]=2000-01-01&depth=0`,
    );
    expect(response.status).toBe(200);
    const { docs } = (await response.json()) as { docs: { id: number }[] };
    expect(docs.map(({ id }) => id)).toEqual([article]);
  });

  it('answers a media file that is not there with 404, and a name no file can have with 400', async () => {
    expect(await answerOf(await fetch(`${cms.url}/api/media/file/nonexistent.png`))).toEqual({
      status: 404,
      message: 'Aucun fichier « nonexistent.png » / Geen bestand "nonexistent.png"',
    });
    expect(await answerOf(await fetch(`${cms.url}/api/media/file/ok.png%00.pdf`))).toEqual({
      status: 400,
      message:
        'Nom de fichier invalide : « ok.png%00.pdf » / Ongeldige bestandsnaam: "ok.png%00.pdf"',
    });
    expect((await fetch(`${cms.url}/api/documents/file/absent.pdf`)).status).toBe(404);
  });

  it.each([
    ['null', 'application/json', 'null'],
    ['a string', 'application/json', '"x"'],
    ['an array', 'application/json', '[{"title":"x"}]'],
    ['a number', 'application/json', '12'],
    ['empty with a JSON type', 'application/json', undefined],
    ['empty without a type', undefined, undefined],
    ['form-encoded', 'application/x-www-form-urlencoded', 'title=x'],
  ])('answers a PATCH whose body is %s with 400', async (_name, type, body) => {
    expect(await answerOf(await patch(`/api/articles/${article}`, { type, body }))).toEqual({
      status: 400,
      message: notObject,
    });
  });

  it('answers a create whose body is not an object with 400 on another collection', async () => {
    const response = await fetch(`${cms.url}/api/faq`, {
      method: 'POST',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: '"x"',
    });
    expect(await answerOf(response)).toEqual({ status: 400, message: notObject });
  });
});

describe('finding 11: the project’s refusals and field details survive the production build', () => {
  it('shows the workflow’s refusal to an editor publishing an unvalidated text', async () => {
    const response = await fetch(`${cms.url}/api/articles?locale=fr`, {
      method: 'POST',
      headers: { authorization: editor, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Texte non validé',
        summary: 'Résumé',
        portals: ['seul-avec-enfant'],
        themes: [secalTheme],
        _status: 'published',
      }),
    });
    expect(await answerOf(response)).toEqual({
      status: 403,
      message:
        'Ce texte doit être validé par le référent de son thème avant publication / ' +
        'Deze tekst moet vóór publicatie door de referent van het thema gevalideerd worden',
    });
  });

  it('keeps the field of each validation error, for a Dutch-speaking editor too', async () => {
    const response = await fetch(`${cms.url}/api/articles?locale=nl`, {
      method: 'POST',
      headers: {
        authorization: admin,
        'content-type': 'application/json',
        'accept-language': 'nl',
      },
      body: JSON.stringify({ title: 't'.repeat(201) }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { name: string; data: { errors: { path: string; message: string }[] } }[];
    };
    expect(body.errors[0]?.name).toBe('ValidationError');
    const fields = body.errors[0]?.data.errors ?? [];
    expect(
      fields
        .map(({ path, message }) => ({ path, message }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    ).toEqual([
      { path: 'portals', message: 'Dit veld is verplicht.' },
      { path: 'title', message: expect.stringContaining('Tekst te lang: 201 tekens') as unknown },
    ]);
  });
});

describe('issue #15: a build asks whether a media file changed instead of downloading it again', () => {
  it('gives media files validators and answers 304 to them', async () => {
    const list = await fetch(`${cms.url}/api/media?limit=1&depth=0`);
    const { docs } = (await list.json()) as {
      docs: { filename: string; sizes: { thumbnail: { filename: string } } }[];
    };
    const [media] = docs;
    if (!media) throw new Error('the demo seed has no media');
    for (const name of [media.filename, media.sizes.thumbnail.filename]) {
      const file = `${cms.url}/api/media/file/${encodeURIComponent(name)}`;
      const first = await fetch(file);
      expect(first.status, name).toBe(200);
      const body = Buffer.from(await first.arrayBuffer());
      expect(first.headers.get('content-type')).toMatch(/^image\//);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^W\/"/);
      const again = await fetch(file, { headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
      const since = first.headers.get('last-modified')!;
      expect((await fetch(file, { headers: { 'if-modified-since': since } })).status).toBe(304);
      const changed = await fetch(file, { headers: { 'if-none-match': '"older"' } });
      expect(Buffer.from(await changed.arrayBuffer()).equals(body)).toBe(true);
    }
    // A condition never turns a missing file into a 304.
    const hidden = await fetch(`${cms.url}/api/media/file/nonexistent.png`, {
      headers: { 'if-none-match': '*' },
    });
    expect(hidden.status).toBe(404);
  });
});
