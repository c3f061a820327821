import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portals } from '@portals/content-models';
import { launchBrowser } from './support/browser.ts';
import { filesContaining } from './support/sweep/filesContaining.ts';
import { stagingIsPrepared } from '../../scripts/lib/preparedStaging.ts';
import { waitForPublisher } from '../../scripts/lib/publisher/waitForPublisher.ts';
import { startPublishPipeline, type PublishPipeline } from './support/publishPipeline.ts';

// The publish pipeline as editors meet it (support/publishPipeline.ts): the CMS rebuilds
// Hospichild by itself after each change.
const log = (line: string) => console.log(`[publish e2e] ${line}`);
let pipeline: PublishPipeline;
let browser: Browser;
let siteUrl: string;
let liveDir: string;

beforeAll(async () => {
  pipeline = await startPublishPipeline(log);
  ({ siteUrl, liveDir } = pipeline);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  pipeline?.stop();
});

const api = <T>(method: string, route: string, body?: unknown) =>
  pipeline.api<T>(method, route, body);
const hospichildStatus = () => pipeline.status();
const settledBuild = (since: number) => pipeline.settledBuild(since);
const buildCount = () => pipeline.buildCount();

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      { type: 'paragraph', version: 1, children: [{ type: 'text', text, format: 0, version: 1 }] },
    ],
  },
});

async function createArticle(title: string, status: 'published' | 'draft' = 'published') {
  const { doc } = await api<{ doc: { id: number; slug: string } }>(
    'POST',
    `/articles?locale=fr${status === 'draft' ? '&draft=true' : ''}`,
    {
      title,
      summary: 'Texte de démonstration pour le test de publication.',
      body: paragraph('Contenu fictif, écrit pour les tests.'),
      kind: 'news',
      portals: ['hospichild'],
      isDemo: true,
      _status: status,
    },
  );
  return doc;
}

const pageStatus = (urlPath: string) => pipeline.pageStatus(urlPath);

/** Asks the live French Pagefind index, the way the search page does. */
async function searchHits(word: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${siteUrl}/fr/`);
    // A string, not a function: the test runner would rewrite a function's `import()`.
    return await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search(${JSON.stringify(word)});
      return Promise.all(results.map(async (result) => (await result.data()).url));
    })()`);
  } finally {
    await page.close();
  }
}

describe('publishing from the CMS', () => {
  let article: { id: number; slug: string };
  const articlePath = () => `/fr/articles/${article.slug}/`;

  it('puts a published article online by itself, search included, and says when', async () => {
    const since = Date.now();
    article = await createArticle('Ateliers ornithorynques à l’hôpital (démonstration)');
    const status = await hospichildStatus();
    expect(status.queued ?? status.running).toBeTruthy();
    expect(status.liveInSeconds).toBeGreaterThan(0);
    const build = await settledBuild(since);
    expect(build.status).toBe('succeeded');
    expect(build.triggers?.[0]?.action).toBe('published');
    expect(build.triggers?.[0]?.documentTitle).toContain('ornithorynques');
    const phases = build.phases as Record<string, unknown>;
    for (const phase of ['queue', 'start', 'build', 'index', 'deploy']) {
      expect(typeof phases[phase], phase).toBe('number');
    }
    expect(await pageStatus(articlePath())).toBe(200);
    expect(await searchHits('ornithorynques')).toContain(articlePath());
  });

  it('takes an unpublished article and its search hit off the site, its address sent home', async () => {
    // The first publication started the portal's publisher, which fills the next staging
    // folder with the live pages once it is idle: this publication builds into that folder,
    // so the withdrawn page must be deleted from it.
    await waitForPublisher(portals.hospichild);
    const releasesDir = path.join(path.dirname(liveDir), '.releases');
    await expect.poll(() => stagingIsPrepared(releasesDir), { timeout: 60_000 }).toBe(true);
    const since = Date.now();
    await api('PATCH', `/articles/${article.id}`, { _status: 'draft' });
    const build = await settledBuild(since);
    expect(build.status).toBe('succeeded');
    expect(build.log).toMatch(
      /Built into the staging folder filled with the live pages; \d+ withdrawn page\(s\) removed\./,
    );
    // Its address keeps a page that sends readers on (the redirect rules name its address);
    // no page of the site still shows it, in either language.
    const pages = filesContaining(path.join(liveDir, 'client'), 'ornithorynques').filter((file) =>
      file.endsWith('.html'),
    );
    expect(pages).toEqual([]);
    // The portal's default: a withdrawn page's address leads (302: it may come back) to its
    // section, or the home page of its language for an article in no section.
    const response = await fetch(`${siteUrl}${articlePath()}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/fr/');
    expect(await searchHits('ornithorynques')).toEqual([]);
  });

  it('gives five quick edits one rebuild', async () => {
    const edited = await createArticle('Cinq retouches de suite (démonstration)');
    await settledBuild(Date.now() - 60_000);
    const before = await buildCount();
    const since = Date.now();
    for (let version = 1; version <= 5; version += 1) {
      await api('PATCH', `/articles/${edited.id}?locale=fr`, {
        summary: `Résumé retouché, version ${version}.`,
      });
    }
    const build = await settledBuild(since);
    expect(await buildCount()).toBe(before + 1);
    expect(build.triggers).toHaveLength(5);
    const html = await (await fetch(`${siteUrl}/fr/articles/${edited.slug}/`)).text();
    expect(html).toContain('Résumé retouché, version 5.');
  });

  it('builds the later publications in the portal’s warm publisher', async () => {
    // The first publication the CMS asked for ran in a process of its own and started the
    // publisher, which warms up before it answers.
    await waitForPublisher(portals.hospichild);
    const { docs } = await api<{ docs: { id: number; slug: string }[] }>(
      'GET',
      '/articles?locale=fr&limit=1&depth=0&where[_status][equals]=published',
    );
    const doc = docs[0];
    if (!doc) throw new Error('no published article to edit');
    const since = Date.now();
    await api('PATCH', `/articles/${doc.id}?locale=fr`, {
      summary: 'Résumé publié par le processus qui reste chaud (démonstration).',
    });
    const build = await settledBuild(since);
    expect(build.status).toBe('succeeded');
    expect(build.log).toMatch(
      /Built by the portal's publisher \(process \d+, publication \d+, \d+ MB\)/,
    );
    const html = await (await fetch(`${siteUrl}/fr/articles/${doc.slug}/`)).text();
    expect(html).toContain('Résumé publié par le processus qui reste chaud (démonstration).');
  });

  it('keeps a renamed article reachable at its old address', async () => {
    const { docs } = await api<{ docs: { id: number; slug: string }[] }>(
      'GET',
      '/articles?locale=fr&where[title][like]=Cinq%20retouches&depth=0',
    );
    const renamed = docs[0];
    if (!renamed) throw new Error('the article of the previous test is gone');
    const oldPath = `/fr/articles/${renamed.slug}/`;
    const since = Date.now();
    await api('PATCH', `/articles/${renamed.id}?locale=fr`, { slug: 'cinq-retouches-renomme' });
    expect((await settledBuild(since)).status).toBe('succeeded');
    const response = await fetch(`${siteUrl}${oldPath}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/fr/articles/cinq-retouches-renomme/');
    expect(await pageStatus('/fr/articles/cinq-retouches-renomme/')).toBe(200);
  });

  it('keeps the live site when a build fails, and shows the error', async () => {
    const liveRelease = realpathSync(liveDir);
    const since = Date.now();
    // A section may not take a URL segment the portal needs: the build refuses it.
    const { doc: section } = await api<{ doc: { id: number } }>('POST', '/sections?locale=fr', {
      title: 'Articles',
      slug: 'articles',
      portal: 'hospichild',
      _status: 'published',
    });
    const failed = await settledBuild(since);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/live site is unchanged[\s\S]*reserved/);
    expect(realpathSync(liveDir)).toBe(liveRelease);
    expect(await pageStatus('/fr/')).toBe(200);

    const repaired = Date.now();
    await api('DELETE', `/sections/${section.id}`);
    expect((await settledBuild(repaired)).status).toBe('succeeded');
  });

  it('publishes a scheduled article at its time, without anyone acting', async () => {
    const draft = await createArticle(
      'Publication programmée des girafes (démonstration)',
      'draft',
    );
    expect(await pageStatus(`/fr/articles/${draft.slug}/`)).toBe(404);
    // What the admin's "schedule" drawer queues, written straight to the CMS's database.
    Object.assign(process.env, {
      DATABASE_URL: pipeline.cms.env.DATABASE_URL,
      PAYLOAD_SECRET: pipeline.cms.env.PAYLOAD_SECRET,
      CMS_DATA_DIR: pipeline.cms.env.CMS_DATA_DIR,
      CMS_PUBLISH_PORTALS: 'none',
    });
    const { getPayload } = await import('payload');
    const { default: config } = await import('@portals/cms/config');
    const payload = await getPayload({ config, disableOnInit: true });
    const since = Date.now();
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.now() + 2_000),
    });
    await payload.destroy();
    const build = await settledBuild(since);
    expect(build.status).toBe('succeeded');
    expect(await pageStatus(`/fr/articles/${draft.slug}/`)).toBe(200);
  });
});

describe('the admin', () => {
  it('shows editors where the publication of their portals stands', async () => {
    const context = await browser.newContext();
    await context.addCookies([
      { name: 'payload-token', value: pipeline.token, url: pipeline.cms.url },
    ]);
    const page = await context.newPage();
    try {
      await page.goto(`${pipeline.cms.url}/admin`);
      const panel = page.locator('section', { hasText: 'Publication des portails' });
      await panel.waitFor({ timeout: 60_000 });
      await expect
        .poll(() => panel.textContent(), { timeout: 15_000 })
        .toMatch(/Hospichild.*à jour/s);

      const { docs } = await api<{ docs: { id: number }[] }>(
        'GET',
        '/articles?limit=1&depth=0&where[_status][equals]=published',
      );
      await page.goto(`${pipeline.cms.url}/admin/collections/articles/${String(docs[0]?.id)}`);
      const line = page.getByRole('status').filter({ hasText: 'Hospichild' });
      await line.waitFor({ timeout: 60_000 });
      expect(await line.textContent()).toMatch(/Hospichild · (à jour|publication)/);
    } finally {
      await context.close();
    }
  });
});
