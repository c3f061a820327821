import { portalIds, type PortalId } from '@portals/content-models';
import { FormThrottle, guardSubmission, type FormSpec, type Guarded } from '@portals/cms/forms';
import { describe, expect, it } from 'vitest';

const siteUrls = Object.fromEntries(
  portalIds.map((id) => [id, `https://${id}.example.be`]),
) as Record<PortalId, string>;

const spec: FormSpec = {
  form: 'contact',
  emailField: 'email',
  maxBodyBytes: 2048,
  fields: {
    name: { maxLength: 20, required: true },
    email: { maxLength: 254, required: true, type: 'email' },
    senderKind: {
      maxLength: 20,
      required: true,
      type: 'choice',
      choices: ['individual', 'professional'],
    },
    message: { maxLength: 100, required: true },
  },
};

const now = 1_000_000;
const good = {
  name: 'Ana',
  email: 'ana@example.be',
  senderKind: 'individual',
  message: 'Bonjour',
  website: '',
  started: String(now - 10_000),
};

interface Post {
  body?: Record<string, string>;
  json?: boolean;
  query?: string;
  throttle?: FormThrottle;
  client?: string;
  raw?: string;
}

function post({ body = good, json = false, query = 'portal=hospichild&locale=fr', ...rest }: Post) {
  const request = new Request(`http://cms.test/api/forms/contact?${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(json ? { accept: 'application/json' } : {}),
    },
    body: rest.raw ?? new URLSearchParams(body).toString(),
  });
  return guardSubmission(request, spec, {
    siteUrls,
    throttle: rest.throttle ?? new FormThrottle(() => now),
    client: rest.client ?? '192.0.2.1',
    now: () => now,
  });
}

async function jsonOf(guarded: Guarded) {
  return { status: guarded.answer.status, body: (await guarded.answer.json()) as unknown };
}

describe('guardSubmission', () => {
  it('accepts a right post with its trimmed values and sends the reader to the thank-you page', async () => {
    const guarded = await post({ body: { ...good, name: '  Ana  ' } });
    expect(guarded.accepted && guarded.submission).toEqual({
      portal: 'hospichild',
      locale: 'fr',
      values: {
        name: 'Ana',
        email: 'ana@example.be',
        senderKind: 'individual',
        message: 'Bonjour',
      },
    });
    expect(guarded.answer.status).toBe(303);
    expect(guarded.answer.headers.get('location')).toBe(
      'https://hospichild.example.be/fr/contact/merci/',
    );
  });

  it('answers a script with { ok: true }', async () => {
    expect(await jsonOf(await post({ json: true }))).toEqual({ status: 200, body: { ok: true } });
  });

  it('reads a JSON body too', async () => {
    const request = new Request('http://cms.test/x?portal=born-in-brussels&locale=nl', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...good, started: now - 10_000 }),
    });
    const guarded = await guardSubmission(request, spec, {
      siteUrls,
      throttle: new FormThrottle(() => now),
      client: 'a',
      now: () => now,
    });
    expect(guarded.answer.headers.get('location')).toBe(
      'https://born-in-brussels.example.be/nl/contact/bedankt/',
    );
  });

  it('refuses a portal or language it does not know, without redirecting anywhere', async () => {
    for (const query of [
      'portal=evil.example&locale=fr',
      'portal=seul-avec-enfant&locale=nl',
      '',
    ]) {
      const { status, body } = await jsonOf(await post({ query }));
      expect(status).toBe(400);
      expect(body).toEqual({
        errors: [
          {
            message:
              'Formulaire inconnu : portail ou langue manquant / Onbekend formulier: portaal of taal ontbreekt',
          },
        ],
      });
    }
  });

  it('never takes the redirect from the request', async () => {
    const guarded = await post({
      query: 'portal=hospichild&locale=fr&redirect=https://evil.example/',
      body: { ...good, redirect: 'https://evil.example/', return: '//evil.example' },
    });
    expect(guarded.answer.headers.get('location')).toBe(
      'https://hospichild.example.be/fr/contact/merci/',
    );
  });

  it('answers a filled honeypot like an accepted post, with nothing to store', async () => {
    const guarded = await post({ body: { ...good, website: 'http://spam.example' } });
    expect(guarded.accepted).toBe(false);
    expect(guarded.answer.headers.get('location')).toBe(
      'https://hospichild.example.be/fr/contact/merci/',
    );
  });

  it('refuses a post sent less than three seconds after the page was shown, or with no start time', async () => {
    for (const started of [String(now - 1000), '', 'soon']) {
      const guarded = await post({ body: { ...good, started } });
      expect(guarded.accepted).toBe(false);
      expect(guarded.answer.headers.get('location')).toBe(
        'https://hospichild.example.be/fr/contact/erreur/too-fast/',
      );
    }
    expect(
      await jsonOf(await post({ body: { ...good, started: String(now) }, json: true })),
    ).toEqual({
      status: 400,
      body: {
        errors: {
          form: 'Le formulaire a été envoyé trop vite. Relisez-le puis envoyez-le à nouveau.',
        },
      },
    });
  });

  it('refuses a body over its byte cap with 413, or the error page', async () => {
    const message = 'x'.repeat(3000);
    expect(await jsonOf(await post({ body: { ...good, message }, json: true }))).toEqual({
      status: 413,
      body: { errors: { form: 'Le message est trop long pour être envoyé.' } },
    });
    const guarded = await post({
      body: { ...good, message },
      query: 'portal=hospichild&locale=nl',
    });
    expect(guarded.answer.headers.get('location')).toBe(
      'https://hospichild.example.be/nl/contact/fout/too-large/',
    );
  });

  it('ties each wrong field to its message, in the form language', async () => {
    const body = {
      ...good,
      name: 'n'.repeat(21),
      email: 'ana@',
      senderKind: 'robot',
      message: ' ',
    };
    expect(
      await jsonOf(await post({ body, json: true, query: 'portal=hospichild&locale=nl' })),
    ).toEqual({
      status: 400,
      body: {
        errors: {
          name: 'Deze tekst is langer dan 20 tekens.',
          email: 'Geef een geldig e-mailadres op, bijvoorbeeld naam@voorbeeld.be.',
          senderKind: 'Kies een van de voorgestelde opties.',
          message: 'Dit veld is verplicht.',
        },
      },
    });
    expect((await post({ body })).answer.headers.get('location')).toBe(
      'https://hospichild.example.be/fr/contact/erreur/invalid/',
    );
  });

  it('limits posts per client address, with Retry-After', async () => {
    const throttle = new FormThrottle(() => now);
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await post({ throttle, body: { ...good, email: `p${i}@example.be` } })).accepted,
      ).toBe(true);
    }
    const refused = await post({
      throttle,
      json: true,
      body: { ...good, email: 'new@example.be' },
    });
    expect(refused.answer.status).toBe(429);
    expect(refused.answer.headers.get('retry-after')).toBe('3600');
    expect(await refused.answer.json()).toEqual({
      errors: { form: 'Trop d’envois en peu de temps. Réessayez dans une heure.' },
    });
    expect((await post({ throttle, client: '192.0.2.2' })).accepted).toBe(true);
  });

  it('limits posts naming one address, from any client', async () => {
    const throttle = new FormThrottle(() => now);
    for (let i = 0; i < 3; i += 1)
      expect((await post({ throttle, client: `c${i}` })).accepted).toBe(true);
    const refused = await post({ throttle, client: 'c9' });
    expect(refused.answer.headers.get('location')).toBe(
      'https://hospichild.example.be/fr/contact/erreur/rate-limited/',
    );
  });

  it('refuses a body that is not form-encoded', async () => {
    const request = new Request('http://cms.test/x?portal=hospichild&locale=fr', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', accept: 'application/json' },
      body: 'name=Ana',
    });
    const guarded = await guardSubmission(request, spec, {
      siteUrls,
      throttle: new FormThrottle(() => now),
      client: 'a',
    });
    expect(guarded.answer.status).toBe(400);
  });
});
