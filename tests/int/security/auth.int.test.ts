import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsDir } from '../../../scripts/lib/paths.ts';
import { run } from '../../../scripts/lib/run.ts';
import type { ThrowawayCms } from '../../../scripts/lib/throwawayCms.ts';
import { authorization, messageOf, productionCms, startupTimeout } from './productionCms.ts';

// Issue #13, findings 12 and 13: passwords, login and forgotten passwords.
let cms: ThrowawayCms;
let admin: string;
const adminAccount = { email: 'admin.auth@example.test', password: 'une phrase de passe solide' };

const tooShort =
  'Mot de passe trop court : 12 caractères au moins. / Wachtwoord te kort: minstens 12 tekens.';
const tooCommon =
  'Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase. / ' +
  'Dit wachtwoord komt te vaak voor: kies een ander, bijvoorbeeld een zin.';

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${cms.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The field messages of a validation error answer. */
async function fieldMessages(response: Response) {
  const body = (await response.json()) as {
    errors: { data?: { errors?: { path: string; message: string }[] } }[];
  };
  return body.errors.flatMap((error) =>
    (error.data?.errors ?? []).map(({ path, message }) => ({ path, message })),
  );
}

beforeAll(async () => {
  cms = await productionCms('accounts', {
    CMS_ADMIN_EMAIL: adminAccount.email,
    CMS_ADMIN_PASSWORD: adminAccount.password,
  });
  admin = await authorization(cms.url, adminAccount.email, adminAccount.password);
}, startupTimeout);

afterAll(() => cms?.stop());

describe('finding 12: passwords', () => {
  it('refuses an account with a password under twelve characters', async () => {
    const response = await post(
      '/api/users',
      { email: 'court@example.test', password: 'k7#pQ2mZ9xw', role: 'editor' },
      { authorization: admin },
    );
    expect(response.status).toBe(400);
    expect(await fieldMessages(response)).toEqual([{ path: 'password', message: tooShort }]);
  });

  it('refuses one of the commonest passwords, in capitals too', async () => {
    const response = await post(
      '/api/users',
      { email: 'courant@example.test', password: 'MotDePasse123', role: 'editor' },
      { authorization: admin },
    );
    expect(response.status).toBe(400);
    expect(await fieldMessages(response)).toEqual([{ path: 'password', message: tooCommon }]);
  });

  it('refuses a weak password when a user changes theirs', async () => {
    const me = (await (
      await fetch(`${cms.url}/api/users/me`, { headers: { authorization: admin } })
    ).json()) as { user: { id: number } };
    const response = await fetch(`${cms.url}/api/users/${me.user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: admin },
      body: JSON.stringify({ password: 'password1234' }),
    });
    expect(response.status).toBe(400);
    expect(await fieldMessages(response)).toEqual([{ path: 'password', message: tooCommon }]);
  });

  it('accepts a long, uncommon password', async () => {
    const response = await post(
      '/api/users',
      { email: 'solide@example.test', password: 'trois pommes sur la table', role: 'editor' },
      { authorization: admin },
    );
    expect(response.status).toBe(201);
  });

  it('refuses, in production, to seed the administrator with the demo password', async () => {
    const env = { ...cms.env, NODE_ENV: 'production' as const, CMS_ADMIN_PASSWORD: '' };
    const seeding = run('seed', 'npx', ['tsx', 'src/seed/cli.ts'], { cwd: cmsDir, env });
    await expect(seeding).rejects.toThrow(
      'Refusing to create the administrator with the demo password in production',
    );
  }, 180_000);
});

const incorrect = 'L’adresse e-mail ou le mot de passe fourni est incorrect.';

/** A login attempt from one client (the proxy's `X-Forwarded-For`), timed. */
async function login(email: string, password: string, client: string) {
  const started = performance.now();
  const response = await post(
    '/api/users/login',
    { email, password },
    {
      'x-forwarded-for': client,
      'accept-language': 'fr',
    },
  );
  return {
    status: response.status,
    message: await messageOf(response),
    ms: performance.now() - started,
  };
}

function median(values: number[]) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

describe('finding 13: login and forgotten passwords', () => {
  it('answers a known and an unknown address with the same status, words and time', async () => {
    const known: Awaited<ReturnType<typeof login>>[] = [];
    const unknown: Awaited<ReturnType<typeof login>>[] = [];
    for (let round = 0; round < 3; round += 1) {
      known.push(await login(adminAccount.email, 'pas le bon mot de passe', `10.0.1.${round}`));
      unknown.push(
        await login('personne@example.test', 'pas le bon mot de passe', `10.0.2.${round}`),
      );
    }
    expect(
      new Set([...known, ...unknown].map(({ status, message }) => `${status} ${message}`)),
    ).toEqual(new Set([`401 ${incorrect}`]));
    const ratio = median(unknown.map(({ ms }) => ms)) / median(known.map(({ ms }) => ms));
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('makes an address and client wait after five failures, the same for an unknown address', async () => {
    const wait =
      'Trop de tentatives de connexion : réessayez dans 1 min / Te veel aanmeldpogingen: probeer opnieuw over 1 min';
    for (const email of [adminAccount.email, 'inconnu@example.test']) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect((await login(email, 'mauvais mot de passe', '10.0.3.1')).status).toBe(401);
      }
      expect(await login(email, 'mauvais mot de passe', '10.0.3.1')).toMatchObject({
        status: 429,
        message: wait,
      });
    }
  });

  it('never locks the admin out from another client, even while an attacker is throttled', async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await login(adminAccount.email, 'attaque', '10.0.4.1');
    }
    expect((await login(adminAccount.email, 'attaque', '10.0.4.1')).status).toBe(429);
    expect((await login(adminAccount.email, adminAccount.password, '10.0.4.2')).status).toBe(200);
  });

  it('answers "forgot password" for a known and an unknown address alike, at once', async () => {
    const answers: { status: number; body: unknown; ms: number }[] = [];
    for (const email of [adminAccount.email, 'personne@example.test']) {
      const started = performance.now();
      const response = await post('/api/users/forgot-password', { email });
      answers.push({
        status: response.status,
        body: (await response.json()) as unknown,
        ms: performance.now() - started,
      });
    }
    const [known, unknown] = answers;
    expect(known?.status).toBe(200);
    expect(unknown).toMatchObject({ status: known?.status, body: known?.body });
    expect(known?.body).toEqual({
      message:
        'Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. / ' +
        'Als er een account bestaat voor dit adres, is er zonet een link naar verstuurd om een nieuw wachtwoord te kiezen.',
    });
    expect(known?.ms).toBeLessThan(1000);
  });
});
