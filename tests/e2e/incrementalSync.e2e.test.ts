import { readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { portals } from '@portals/content-models';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { repoTempDir } from '../../scripts/lib/repoTempDir.ts';
import { siteDir } from '../../scripts/lib/paths.ts';
import { staticRoot } from '../../scripts/lib/releaseLayout.ts';
import { serveStatic } from '../../scripts/lib/serveStatic.ts';
import { launchBrowser } from './support/browser.ts';
import { copiedFiles, imageOutcomes, pageCounts, renderedFiles } from './support/buildLog.ts';
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

/** Builds the portal into this file's live folder; returns Astro's log and the pipeline's. */
async function build(options: { force?: boolean } = {}): Promise<string> {
  const lines: string[] = [];
  await buildSite(portals.hospichild, {
    cmsUrl,
    siteUrl,
    liveDir,
    log: (line) => lines.push(line),
    onBuildLine: (line) => lines.push(stripVTControlCharacters(line)),
    ...options,
  });
  return lines.join('\n');
}

/** The live release's static folder (the previous one, once a build has run). */
const liveRoot = () => staticRoot(realpathSync(liveDir));

/** Every HTML file of a built site, relative to its root (a redirect's `/x.html/` is a folder). */
const htmlFiles = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));

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
  // One clock for every build of this file: a build crossing the hour would re-render the
  // home pages (they show what is next), which the no-change test must not count.
  vi.stubEnv('SOURCE_DATE_EPOCH', String(Math.floor(Date.now() / 1000)));
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

  it('copies every page and keeps the search index when nothing changed (#15)', async () => {
    const before = liveRoot();
    const log = await build();
    const counts = pageCounts(log);
    expect(counts.pages).toBeGreaterThan(100);
    expect(counts).toMatchObject({ unchanged: counts.pages, rendered: 0 });
    expect(renderedFiles(log).filter((file) => file.startsWith('/fr/articles/'))).toEqual([]);
    expect(log).toContain('No page changed: the search index of the live site is kept');
    // The demo's images are not downloaded and encoded again: the CMS answers 304 to Astro.
    const images = imageOutcomes(log);
    expect(images.reused.length).toBeGreaterThan(0);
    expect(images.encoded).toEqual([]);
    // Byte for byte: every page of the new release is the previous release's.
    const after = liveRoot();
    expect(after).not.toBe(before);
    for (const file of htmlFiles(after).filter((each) => each.includes('articles'))) {
      expect(readFileSync(path.join(after, file), 'utf8'), file).toBe(
        readFileSync(path.join(before, file), 'utf8'),
      );
    }
  });

  it('reads only the changed article next time, and the site shows the change and the removals', async () => {
    const before = liveRoot();
    await editor.editArticle(ids.target, 'fr', {
      title: 'Fiche renommée quetzalsync (fr)',
      slug: 'fiche-renommee-fr',
    });
    await editor.deleteArticle(ids.deleted);
    await editor.unpublishArticle(ids.unpublished);
    const log = await build();
    const after = liveRoot();

    // Rendered again: the renamed page and the page linking to it (#15); an article that
    // neither changed nor links to a changed one is the previous build's copy.
    const rendered = renderedFiles(log);
    expect(rendered).toContain('/fr/articles/fiche-renommee-fr/index.html');
    expect(rendered).toContain('/fr/articles/fiche-qui-renvoie-fr/index.html');
    const unrelated = copiedFiles(log).find((file) => file.startsWith('/nl/artikels/'));
    expect(unrelated, 'no Dutch article was copied').toBeDefined();
    expect(readFileSync(path.join(after, unrelated!), 'utf8')).toBe(
      readFileSync(path.join(before, unrelated!), 'utf8'),
    );

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

  it('renders every page and indexes again on a forced build (npm run build -- --force)', async () => {
    const log = await build({ force: true });
    const counts = pageCounts(log);
    expect(counts.rendered).toBe(counts.pages);
    expect(copiedFiles(log)).toEqual([]);
    expect(log).toMatch(/Indexed \d+ pages for search/);
    expect((await page('/fr/articles/fiche-renommee-fr/')).html).toContain('quetzalsync');
  });

  it('renders every page again when the code of the portal changes, with the new stylesheet', async () => {
    const theme = path.join(siteDir(portals.hospichild), 'src', 'theme.css');
    const original = readFileSync(theme, 'utf8');
    let log: string;
    try {
      writeFileSync(theme, `${original}\n.page-cache-probe { color: inherit; }\n`);
      log = await build();
    } finally {
      writeFileSync(theme, original);
    }
    const counts = pageCounts(log);
    expect(counts.rendered).toBe(counts.pages);
    expect(copiedFiles(log)).toEqual([]);
    // No page links a stylesheet this build did not write (astro#17704).
    const root = liveRoot();
    const stylesheets = new Set<string>();
    for (const file of htmlFiles(root)) {
      const html = readFileSync(path.join(root, file), 'utf8');
      for (const [, href = ''] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
        stylesheets.add(href);
      }
    }
    const written = [...stylesheets].map((href) => readFileSync(path.join(root, href), 'utf8'));
    expect(written.some((css) => css.includes('.page-cache-probe'))).toBe(true);
  });
});
