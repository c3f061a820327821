import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/lib/freePort.ts';
import { inlineScriptHashes, portalPolicy } from '../../../scripts/lib/portalHeaders.ts';
import { serveStatic } from '../../../scripts/lib/serveStatic.ts';
import type { ThrowawayCms } from '../../../scripts/lib/throwawayCms.ts';
import { productionCms, startupTimeout } from './productionCms.ts';

// Issue #13, finding 14: the headers of the CMS and of the static portals.
let cms: ThrowawayCms;
const admin = { email: 'admin.headers@example.test', password: 'une phrase de passe solide' };

beforeAll(async () => {
  // As behind an HTTPS proxy: the cookie must then be Secure.
  cms = await productionCms('accounts', {
    CMS_COOKIE_SECURE: 'true',
    CMS_ADMIN_EMAIL: admin.email,
    CMS_ADMIN_PASSWORD: admin.password,
  });
}, startupTimeout);

afterAll(() => cms?.stop());

const common = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

function headersOf(response: Response, names: string[]) {
  return Object.fromEntries(names.map((name) => [name, response.headers.get(name)]));
}

describe('finding 14: the CMS sends security headers', () => {
  it('protects the admin with nosniff, no framing, a referrer policy and a CSP', async () => {
    const response = await fetch(`${cms.url}/admin/login`);
    expect(headersOf(response, Object.keys(common))).toEqual(common);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('gives the API and its files a policy under which nothing runs', async () => {
    for (const address of ['/api/articles?limit=1', '/api/media/file/missing.png']) {
      const response = await fetch(`${cms.url}${address}`);
      expect(headersOf(response, Object.keys(common))).toEqual(common);
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; " +
          "form-action 'none'; frame-ancestors 'none'",
      );
    }
  });

  it('marks the session cookie Secure, HttpOnly and SameSite=Lax when served over HTTPS', async () => {
    const response = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .find((line) => line.startsWith('payload-token='));
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
  });
});

describe('finding 14: npm start’s static server sends the same headers for the portals', () => {
  let root: string;
  let server: Server;
  let url: string;
  const inline = "document.documentElement.classList.add('js');";

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'portal-headers-'));
    const client = path.join(root, 'release', 'client', 'fr');
    mkdirSync(client, { recursive: true });
    writeFileSync(
      path.join(client, 'index.html'),
      `<!doctype html><html lang="fr"><script>${inline}</script><p>Bonjour</p></html>`,
    );
    writeFileSync(path.join(root, 'release', 'client', 'style.css'), 'p{color:red}');
    symlinkSync(path.join(root, 'release'), path.join(root, 'dist'));
    const port = await freePort();
    server = await serveStatic(path.join(root, 'dist'), port);
    url = `http://127.0.0.1:${port}`;
  });

  afterAll(() => {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends nosniff, no framing, the referrer policy and a CSP naming the page’s inline script', async () => {
    const response = await fetch(`${url}/fr/`);
    expect(response.status).toBe(200);
    expect(headersOf(response, Object.keys(common))).toEqual(common);
    const hashes = inlineScriptHashes(await response.text());
    expect(hashes).toHaveLength(1);
    expect(response.headers.get('content-security-policy')).toBe(portalPolicy(hashes));
  });

  it('sends them with assets and 404s too', async () => {
    for (const [address, status] of [
      ['/style.css', 200],
      ['/fr/nowhere/', 404],
    ] as const) {
      const response = await fetch(`${url}${address}`);
      expect(response.status).toBe(status);
      expect(headersOf(response, Object.keys(common))).toEqual(common);
      expect(response.headers.get('content-security-policy')).toBe(portalPolicy());
    }
  });
});
