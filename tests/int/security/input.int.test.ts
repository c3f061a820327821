import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let written = 0; written < sent; written += chunk.length) outgoing.write(chunk);
  });
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
    const body = (await response.json()) as {
      errors: { data: { errors: { path: string; message: string }[] } }[];
    };
    expect(body.errors[0]?.data.errors).toEqual([
      {
        path: 'title',
        message:
          'Texte trop long : 201 caractères pour 200 au plus. / Tekst te lang: 201 tekens voor hoogstens 200.',
        label: expect.anything() as unknown,
      },
    ]);
  });

  it('refuses a Dutch summary over 600 characters on another collection', async () => {
    const faq = await firstId('/api/faq?limit=1&depth=0');
    const answer = await patch(`/api/faq/${faq}?locale=nl`, {
      type: 'application/json',
      body: JSON.stringify({ question: 'v'.repeat(301) }),
    });
    expect(answer.status).toBe(400);
    expect(await messageOf(answer)).toMatch(/^Le champ suivant n’est pas valide|^The following/);
  });
});
