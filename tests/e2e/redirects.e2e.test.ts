import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { staticRoot } from '../../scripts/lib/releaseLayout.ts';
import { repoTempDir } from '../../scripts/lib/repoTempDir.ts';

const hospichild = inject('sites').hospichild;
if (!hospichild) throw new Error('the e2e setup built no Hospichild site');
const root = staticRoot(realpathSync(hospichild.liveDir));

/** Hospichild's seeded old addresses (cms/src/seed/data/portals.ts) and the page each leads to. */
const seeded = [
  { from: '/fr/rooming-in', lang: 'fr', title: 'Passer la nuit à l’hôpital auprès de son enfant' },
  { from: '/nl/rooming-in', lang: 'nl', title: '’s Nachts bij je kind in het ziekenhuis blijven' },
  { from: '/?p=128', lang: 'fr', title: 'Passer la nuit à l’hôpital auprès de son enfant' },
  { from: '/fr/hopitaux-partenaires.html', lang: 'fr', to: '/fr/hopitaux/' },
  { from: '/nl/partnerziekenhuizen.html', lang: 'nl', to: '/nl/ziekenhuizen/' },
];

/** Where an old address leads on a server: its status and the path of its `Location`. */
async function hop(origin: string, from: string) {
  const response = await fetch(`${origin}${from}`, { redirect: 'manual' });
  const location = response.headers.get('location');
  return { status: response.status, to: location ? new URL(location, origin).pathname : null };
}

describe("Hospichild's redirects on npm start's server", () => {
  it.each(seeded)('answers $from with a 301 to its page in its language', async (redirect) => {
    const { status, to } = await hop(hospichild.url, redirect.from);
    expect(status).toBe(301);
    if (redirect.to) expect(to).toBe(redirect.to);
    const page = await fetch(`${hospichild.url}${to ?? ''}`, { redirect: 'manual' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<html lang="${redirect.lang}"`);
    if (redirect.title) expect(html).toMatch(new RegExp(`<h1[^>]*>${redirect.title}</h1>`));
  });

  it("answers Born in Brussels' language-less old address with its record's 302", async () => {
    const bornInBrussels = inject('sites')['born-in-brussels'];
    if (!bornInBrussels) return;
    const { status, to } = await hop(bornInBrussels.url, '/inscription-creche');
    expect(status).toBe(302);
    expect(to).toMatch(/^\/fr\/articles\/[^/]+\/$/);
  });

  it('leaves a fallback page at an old path for hosts that apply no rule', () => {
    const html = readFileSync(path.join(root, 'fr', 'rooming-in', 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=http[^"]+\/fr\/[^"]+\/">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});

describe('the nginx rules written by the build', () => {
  let dir: string;
  let nginx: ChildProcess | undefined;
  let origin: string;

  beforeAll(async () => {
    dir = repoTempDir('tests/.tmp', 'nginx-');
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((name) => `${name}_temp_path ${path.join(dir, name)};`)
      .join(' ');
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      [
        `daemon off; pid ${path.join(dir, 'nginx.pid')}; error_log ${path.join(dir, 'error.log')};`,
        'events {}',
        `http { access_log off; ${temp}`,
        `  include ${path.join(root, 'nginx-redirects-map.conf')};`,
        `  server { listen 127.0.0.1:${port}; root ${root};`,
        `    include ${path.join(root, 'nginx-redirects.conf')}; }`,
        '}',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    // nginx writes its temporary folders until it has stopped: wait before removing them.
    const running = nginx;
    if (running && running.exitCode === null) {
      await new Promise((resolve) => {
        running.once('exit', resolve);
        running.kill();
      });
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('parse with nginx -t', () => {
    const check = spawnSync('/usr/sbin/nginx', ['-t', '-p', dir, '-c', 'nginx.conf'], {
      encoding: 'utf8',
    });
    expect(check.stderr).toContain('test is successful');
  });

  it('redirect the same old addresses to the same pages as npm start', async () => {
    nginx = spawn('/usr/sbin/nginx', ['-p', dir, '-c', 'nginx.conf'], { stdio: 'ignore' });
    await waitFor(origin);
    for (const { from } of seeded) {
      expect(await hop(origin, from), from).toEqual(await hop(hospichild.url, from));
    }
  });
});

async function waitFor(origin: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on ${origin}`);
}

describe('the 404 page of a language', () => {
  it.each([
    { path: '/fr/articles/passer-la-nuit-a-l-hopital/', first: seeded[0]?.title },
    { path: '/nl/artikels/nachts-bij-je-kind-in-het-ziekenhuis/', first: seeded[1]?.title },
  ])('suggests first the page closest to the words of $path', async ({ path: missing, first }) => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const response = await page.goto(`${hospichild.url}${missing}`);
      expect(response?.status()).toBe(404);
      const suggestions = page.locator('#not-found-suggestions li a');
      await suggestions.first().waitFor();
      expect(await suggestions.first().textContent()).toBe(first);
    } finally {
      await browser.close();
    }
  });
});
