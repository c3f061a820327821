import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { portals } from '@portals/content-models';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { repoTempDir } from '../../scripts/lib/repoTempDir.ts';
import { serveStatic } from '../../scripts/lib/serveStatic.ts';
import { launchBrowser } from './support/browser.ts';
import { bodyLinkingTo, cmsEditor } from './support/cmsEditor.ts';

const cmsUrl = inject('cmsUrl');

// Its own live folder, hence its own Astro outDir and releases: the site the other tests read
// stays as the global setup built it. Its two builds share that outDir, as `npm run build`
// does, so the second one starts from the content store the first one left.
const work = repoTempDir('tests/.tmp', 'e2e-sync-');
const liveDir = path.join(work, 'dist');
let siteUrl = '';
let server: Server | undefined;
let browser: Browser | undefined;
let editor: Awaited<ReturnType<typeof cmsEditor>>;
const created: number[] = [];
const ids = { target: 0, linking: 0, deleted: 0, unpublished: 0 };

async function build(): Promise<string> {
  const lines: string[] = [];
  await buildSite(portals.hospichild, {
    cmsUrl,
    siteUrl,
    liveDir,
    log: () => undefined,
    onBuildLine: (line) => lines.push(stripVTControlCharacters(line)),
  });
  return lines.join('\n');
}

async function page(urlPath: string) {
  const response = await fetch(`${siteUrl}${urlPath}`, { redirect: 'manual' });
  return {
    status: response.status,
    location: response.headers.get('location'),
    html: await response.text(),
  };
}

/** The pages Pagefind's French index finds for a word, as a visitor's search would. */
async function search(word: string): Promise<string[]> {
  browser ??= await launchBrowser();
  const tab = await browser.newPage();
  await tab.goto(`${siteUrl}/fr/`);
  // A script string: a function would be rewritten by Vite's transform, `import()` included.
  const urls = await tab.evaluate<string[]>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const { results } = await pagefind.search(${JSON.stringify(word)});
    return Promise.all(results.map(async (result) => (await result.data()).url));
  })()`);
  await tab.close();
  return urls;
}

const article = (title: string, slug: string, extra: Record<string, unknown> = {}) => ({
  fr: { title: `${title} (fr)`, slug: `${slug}-fr`, ...extra },
  nl: { title: `${title} (nl)`, slug: `${slug}-nl` },
});

beforeAll(async () => {
  vi.stubEnv('OPEN_DATA_OFFLINE', '1');
  const port = await freePort();
  siteUrl = `http://localhost:${port}`;
  editor = await cmsEditor(cmsUrl);
  const common = {
    kind: 'page',
    portals: ['hospichild'],
    sections: [await editor.sectionOf('hospichild')],
  };
  const publish = async (fields: ReturnType<typeof article>) => {
    const id = await editor.publishArticle({ ...fields, common });
    created.push(id);
    return id;
  };
  ids.target = await publish(article('Fiche cible xylosync', 'fiche-cible'));
  ids.linking = await publish(
    article('Fiche qui renvoie', 'fiche-qui-renvoie', {
      body: bodyLinkingTo('Voir ', 'la fiche cible', ids.target),
    }),
  );
  ids.deleted = await publish(article('Fiche supprimée plumbosync', 'fiche-supprimee'));
  ids.unpublished = await publish(article('Fiche dépubliée vermisync', 'fiche-depubliee'));
  await build();
  server = await serveStatic(liveDir, port);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await browser?.close();
  server?.close();
  // Leave the CMS as the global setup seeded it, for the other tests that read it.
  for (const id of created) await editor?.deleteArticle(id).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

describe('#5 incremental content sync', () => {
  it('publishes what a first build read in full, links between articles included', async () => {
    expect((await page('/fr/articles/fiche-cible-fr/')).html).toContain('Fiche cible xylosync');
    expect((await page('/fr/articles/fiche-qui-renvoie-fr/')).html).toContain(
      '<a href="/fr/articles/fiche-cible-fr/">la fiche cible</a>',
    );
    expect(await search('xylosync')).toContainEqual(expect.stringContaining('/fiche-cible-fr/'));
    expect(await search('plumbosync')).toContainEqual(
      expect.stringContaining('/fiche-supprimee-fr/'),
    );
    expect(await search('vermisync')).toContainEqual(
      expect.stringContaining('/fiche-depubliee-fr/'),
    );
  });

  it('reads only the changed article next time, and the site shows the change and the removals', async () => {
    await editor.editArticle(ids.target, 'fr', {
      title: 'Fiche renommée quetzalsync (fr)',
      slug: 'fiche-renommee-fr',
    });
    await editor.deleteArticle(ids.deleted);
    await editor.unpublishArticle(ids.unpublished);
    const log = await build();

    const articles = /articles: 1 changed, 2 removed, (\d+) unchanged \(of (\d+)\)$/m.exec(log);
    expect(articles, log).not.toBeNull();
    // Every other article came from the store the first build left.
    expect(Number(articles?.[1])).toBeGreaterThan(0);
    expect(Number(articles?.[1])).toBe(Number(articles?.[2]) - 1);
    expect(log).toMatch(/sections: 0 changed, 0 removed, [1-9]\d* unchanged/);

    expect((await page('/fr/articles/fiche-renommee-fr/')).html).toContain(
      'Fiche renommée quetzalsync',
    );
    // The old address follows the rename; the removed pages' addresses lead home (302).
    expect(await page('/fr/articles/fiche-cible-fr/')).toMatchObject({
      status: 301,
      location: '/fr/articles/fiche-renommee-fr/',
    });
    // The linking article was not read again, yet links to the new address.
    expect((await page('/fr/articles/fiche-qui-renvoie-fr/')).html).toContain(
      '<a href="/fr/articles/fiche-renommee-fr/">la fiche cible</a>',
    );
    expect(await page('/fr/articles/fiche-supprimee-fr/')).toMatchObject({ status: 302 });
    expect(await page('/nl/artikels/fiche-depubliee-nl/')).toMatchObject({ status: 302 });
  });

  it('rebuilds the search index from the new pages', async () => {
    expect(await search('quetzalsync')).toContainEqual(
      expect.stringContaining('/fiche-renommee-fr/'),
    );
    // Pagefind may match other pages on a near word; the removed pages must be gone.
    for (const [word, gone] of [
      ['xylosync', '/fiche-cible-fr/'],
      ['plumbosync', '/fiche-supprimee-fr/'],
      ['vermisync', '/fiche-depubliee-fr/'],
    ] as const) {
      expect(await search(word)).not.toContainEqual(expect.stringContaining(gone));
    }
  });
});
