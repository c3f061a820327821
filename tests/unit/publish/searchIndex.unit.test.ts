import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishRelease } from '../../../scripts/lib/publishRelease.ts';
import {
  indexStore,
  linkIndex,
  liveIndex,
  pruneSearchIndexes,
  searchIndex,
} from '../../../scripts/lib/searchIndex.ts';

let root: string;
let live: string;
let store: string;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'portals-search-index-'));
  live = path.join(root, 'dist');
  mkdirSync(path.join(root, '.releases'));
  store = indexStore(path.join(root, '.releases'));
  lines.length = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A built release: `client/` with one French page per text, as Astro writes it. */
function built(name: string, texts: string[]): string {
  const dir = path.join(root, '.releases', name);
  texts.forEach((text, index) => {
    const page = path.join(dir, 'client', 'fr', `page-${index}`);
    mkdirSync(page, { recursive: true });
    writeFileSync(
      path.join(page, 'index.html'),
      `<!doctype html><html lang="fr"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} pour les parents.</p></main></body></html>`,
    );
  });
  return dir;
}

const pagefindEntry = (release: string) =>
  readFileSync(path.join(release, 'client', 'pagefind', 'pagefind-entry.json'), 'utf8');

/** The folder a release's search index really is (through the link into the store). */
const indexDir = (release: string) => realpathSync(path.join(release, 'client', 'pagefind'));
const isLink = (release: string) =>
  lstatSync(path.join(release, 'client', 'pagefind')).isSymbolicLink();

/** Indexes `release` into the store and makes it live, as a local publication does. */
async function published(release: string): Promise<void> {
  await searchIndex(release, liveIndex(live), log, { store });
  await publishRelease(live, release);
}

describe('the search index of a release (#15)', () => {
  it('indexes every page of a first build into the store, links it and records what it indexed', async () => {
    const first = built('first', ['hospitalisation', 'mutualité']);
    expect(await searchIndex(first, undefined, log, { store })).toEqual({
      pages: 2,
      reused: false,
    });
    expect(isLink(first)).toBe(true);
    expect(path.dirname(indexDir(first))).toBe(realpathSync(store));
    expect(pagefindEntry(first)).toContain('"fr"');
    expect(JSON.parse(readFileSync(path.join(first, 'search-index.json'), 'utf8'))).toMatchObject({
      pages: 2,
    });
  });

  it('shares the live index when no page changed, without copying it', async () => {
    const first = built('first', ['hospitalisation', 'mutualité']);
    await published(first);
    const second = built('second', ['hospitalisation', 'mutualité']);
    expect(await searchIndex(second, liveIndex(live), log, { store })).toEqual({
      pages: 2,
      reused: true,
    });
    expect(indexDir(second)).toBe(indexDir(first));
    expect(readdirSync(store)).toHaveLength(1);
    expect(lines).toContain(
      'No page changed: the search index of the live site is kept (2 pages).',
    );
  });

  it('indexes again into a new folder when one page changed, or when forced', async () => {
    const first = built('first', ['hospitalisation', 'mutualité']);
    await published(first);
    const changed = built('changed', ['hospitalisation', 'fratrie', 'école']);
    expect(await searchIndex(changed, liveIndex(live), log, { store })).toEqual({
      pages: 3,
      reused: false,
    });
    expect(indexDir(changed)).not.toBe(indexDir(first));
    expect(pagefindEntry(first)).not.toBe(pagefindEntry(changed));
    const forced = built('forced', ['hospitalisation', 'mutualité']);
    expect(await searchIndex(forced, liveIndex(live), log, { force: true, store })).toEqual({
      pages: 2,
      reused: false,
    });
    expect(indexDir(forced)).not.toBe(indexDir(first));
  });

  it('writes the index inside a release that is handed to a deploy (no store), and copies it when nothing changed', async () => {
    const first = built('first', ['hospitalisation']);
    expect(await searchIndex(first, undefined, log)).toEqual({ pages: 1, reused: false });
    expect(isLink(first)).toBe(false);
    await publishRelease(live, first);
    const second = built('second', ['hospitalisation']);
    expect(await searchIndex(second, liveIndex(live), log)).toEqual({ pages: 1, reused: true });
    expect(isLink(second)).toBe(false);
    expect(pagefindEntry(second)).toBe(pagefindEntry(first));
    expect(existsSync(store)).toBe(false);
  });

  it('copies an older release’s own index into the store when no page changed', async () => {
    const old = built('old', ['hospitalisation']);
    await searchIndex(old, undefined, log);
    await publishRelease(live, old);
    expect(liveIndex(live)).toMatchObject({ shared: false, record: { pages: 1 } });
    const next = built('next', ['hospitalisation']);
    expect(await searchIndex(next, liveIndex(live), log, { store })).toMatchObject({
      reused: true,
    });
    expect(isLink(next)).toBe(true);
    expect(pagefindEntry(next)).toBe(pagefindEntry(old));
  });

  it('digests files only: a folder named like a page (a redirect from /page.html) is no page', async () => {
    const first = built('first', ['hospitalisation']);
    mkdirSync(path.join(first, 'client', 'ancienne-page.html'));
    writeFileSync(path.join(first, 'client', 'ancienne-page.html', 'index.html'), 'redirection');
    await expect(searchIndex(first, undefined, log, { store })).resolves.toMatchObject({
      reused: false,
    });
  });

  it('indexes when the live release has no record (built before this change, or its index unfinished)', async () => {
    const old = built('old', ['hospitalisation']);
    await searchIndex(old, undefined, log, { store });
    rmSync(path.join(old, 'search-index.json'));
    await publishRelease(live, old);
    expect(liveIndex(live)).toMatchObject({ shared: true, record: undefined });
    const next = built('next', ['hospitalisation']);
    expect(await searchIndex(next, liveIndex(live), log, { store })).toEqual({
      pages: 1,
      reused: false,
    });
  });

  it('knows no live index when nothing is live, or the live release has none', async () => {
    expect(liveIndex(live)).toBeUndefined();
    await publishRelease(live, built('bare', ['hospitalisation']));
    expect(liveIndex(live)).toBeUndefined();
  });

  it('switches a release’s link to another index in place', async () => {
    const first = built('first', ['hospitalisation']);
    await published(first);
    const second = built('second', ['fratrie']);
    await searchIndex(second, undefined, log, { store });
    linkIndex(first, indexDir(second));
    expect(indexDir(first)).toBe(indexDir(second));
    expect(readdirSync(path.join(first, 'client')).sort()).toEqual(['fr', 'pagefind']);
  });

  it('deletes the indexes no kept release links to, and keeps the others', async () => {
    const releases = path.join(root, '.releases');
    const first = built('2026-01-01', ['hospitalisation']);
    await published(first);
    const firstIndex = indexDir(first);
    const second = built('2026-01-02', ['fratrie']);
    await published(second);
    await pruneSearchIndexes(releases);
    expect(readdirSync(store)).toHaveLength(2);
    const third = built('2026-01-03', ['école']);
    await published(third);
    // The first release is pruned with the third publication: its index goes with it.
    expect(readdirSync(releases).filter((name) => !name.startsWith('.'))).toEqual([
      '2026-01-02',
      '2026-01-03',
    ]);
    await pruneSearchIndexes(releases);
    expect(existsSync(firstIndex)).toBe(false);
    expect(
      readdirSync(store)
        .map((name) => path.join(realpathSync(store), name))
        .sort(),
    ).toEqual([indexDir(second), indexDir(third)].sort());
  });
});
