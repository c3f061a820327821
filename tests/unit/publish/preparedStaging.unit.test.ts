import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  forgetPreparedStaging,
  prepareStaging,
  pruneStaging,
  recordBuiltFrom,
  takePreparedStaging,
} from '../../../scripts/lib/preparedStaging.ts';

let root: string;
let releasesDir: string;
let staging: string;
let astroCache: string;
let liveDir: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'portals-prepared-staging-'));
  releasesDir = path.join(root, '.releases');
  staging = path.join(releasesDir, '.staging');
  astroCache = path.join(root, 'astro-cache');
  liveDir = path.join(root, 'dist');
  mkdirSync(astroCache, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Astro's incremental manifest naming `pages` (path → output file under the outDir). */
function writeManifest(pages: Record<string, string>, keyDigest = 'key-1'): void {
  const paths = Object.fromEntries(
    Object.entries(pages).map(([pathname, outputFile]) => [
      pathname,
      { cacheKey: 'k', outputFile },
    ]),
  );
  writeFileSync(
    path.join(astroCache, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      keyDigest,
      routes: { 'Page.astro': { dependencyHash: 'd', paths } },
    }),
  );
}

/** A live release holding `pages` (output file → text), built by the current manifest's build. */
function liveRelease(name: string, pages: Record<string, string>): string {
  const dir = path.join(releasesDir, name);
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  recordBuiltFrom(dir, astroCache);
  rmSync(liveDir, { force: true });
  symlinkSync(dir, liveDir);
  return dir;
}

const home = 'client/fr/index.html';
const article = 'client/fr/articles/a/index.html';
const page = (file: string) => readFileSync(path.join(staging, file), 'utf8');

describe('the staging folder a publisher fills with the live pages (#15)', () => {
  it('copies the pages of the live release its manifest names, and hands them to the next build once', async () => {
    writeManifest({ '/fr': home, '/fr/articles/a': article });
    liveRelease('r1', { [home]: 'accueil', [article]: 'article', 'client/_astro/x.css': 'css' });
    expect(await prepareStaging({ releasesDir, staging, liveDir, astroCache })).toBe(2);
    expect(page(home)).toBe('accueil');
    expect(page(article)).toBe('article');
    // Only pages: assets and the preview handler are built afresh.
    expect(existsSync(path.join(staging, 'client', '_astro'))).toBe(false);
    expect(takePreparedStaging(releasesDir, staging, astroCache)).toEqual(new Set([home, article]));
    expect(takePreparedStaging(releasesDir, staging, astroCache)).toBeUndefined();
  });

  it('takes two manifests that differ only by the key Astro draws at each build, or by their order, as one', async () => {
    writeManifest({ '/fr': home, '/fr/articles/a': article }, 'key-1');
    liveRelease('r1', { [home]: 'accueil', [article]: 'article' });
    writeManifest({ '/fr/articles/a': article, '/fr': home }, 'key-2');
    expect(await prepareStaging({ releasesDir, staging, liveDir, astroCache })).toBe(2);
    expect(takePreparedStaging(releasesDir, staging, astroCache)).toEqual(new Set([home, article]));
  });

  it('copies nothing from a live release another build made (a build ran since, or a rollback)', async () => {
    writeManifest({ '/fr': home });
    liveRelease('r1', { [home]: 'accueil' });
    writeManifest({ '/fr': home, '/fr/articles/a': article });
    expect(await prepareStaging({ releasesDir, staging, liveDir, astroCache })).toBe(0);
    expect(takePreparedStaging(releasesDir, staging, astroCache)).toBeUndefined();
  });

  it('is not taken once a build ran after it was filled, or a build forgot it', async () => {
    writeManifest({ '/fr': home });
    liveRelease('r1', { [home]: 'accueil' });
    await prepareStaging({ releasesDir, staging, liveDir, astroCache });
    writeManifest({ '/fr': home, '/fr/articles/a': article });
    expect(takePreparedStaging(releasesDir, staging, astroCache)).toBeUndefined();
    writeManifest({ '/fr': home });
    await prepareStaging({ releasesDir, staging, liveDir, astroCache });
    forgetPreparedStaging(releasesDir);
    expect(takePreparedStaging(releasesDir, staging, astroCache)).toBeUndefined();
  });

  it('stops copying when aborted, and what it copied is whole and usable', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 50 }, (_, index) => [`/fr/p${index}`, `client/fr/p${index}/index.html`]),
    );
    writeManifest(pages);
    liveRelease(
      'r1',
      Object.fromEntries(Object.values(pages).map((file) => [file, `page ${file}`])),
    );
    const controller = new AbortController();
    controller.abort();
    expect(
      await prepareStaging({
        releasesDir,
        staging,
        liveDir,
        astroCache,
        signal: controller.signal,
      }),
    ).toBe(0);
    expect(takePreparedStaging(releasesDir, staging, astroCache)).toBeUndefined();
    const later = new AbortController();
    const copying = prepareStaging({
      releasesDir,
      staging,
      liveDir,
      astroCache,
      signal: later.signal,
    });
    setImmediate(() => later.abort());
    const copied = await copying;
    expect(copied).toBeLessThan(50);
    for (const file of Object.values(pages).filter((file) =>
      existsSync(path.join(staging, file)),
    )) {
      expect(page(file)).toBe(`page ${file}`);
    }
    expect(takePreparedStaging(releasesDir, staging, astroCache)).toBeDefined();
  });

  it('deletes after the build the pages it no longer writes, and their emptied folders', async () => {
    writeManifest({ '/fr': home, '/fr/articles/a': article });
    liveRelease('r1', { [home]: 'accueil', [article]: 'article' });
    await prepareStaging({ releasesDir, staging, liveDir, astroCache });
    const previous = takePreparedStaging(releasesDir, staging, astroCache);
    // The build: the article was withdrawn.
    writeManifest({ '/fr': home });
    expect(pruneStaging(staging, previous ?? new Set(), astroCache)).toBe(1);
    expect(existsSync(path.join(staging, 'client', 'fr', 'articles', 'a'))).toBe(false);
    expect(readdirSync(path.join(staging, 'client', 'fr'))).toEqual(['index.html']);
    expect(page(home)).toBe('accueil');
  });

  it('refuses to guess when the build left no manifest', async () => {
    writeManifest({ '/fr': home });
    liveRelease('r1', { [home]: 'accueil' });
    await prepareStaging({ releasesDir, staging, liveDir, astroCache });
    const previous = takePreparedStaging(releasesDir, staging, astroCache) ?? new Set();
    rmSync(path.join(astroCache, 'incremental-build.json'));
    expect(() => pruneStaging(staging, previous, astroCache)).toThrow(
      /no readable incremental manifest/,
    );
  });
});
