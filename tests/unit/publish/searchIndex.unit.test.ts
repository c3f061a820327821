import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishRelease } from '../../../scripts/lib/publishRelease.ts';
import { searchIndex } from '../../../scripts/lib/searchIndex.ts';

let root: string;
let live: string;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'portals-search-index-'));
  live = path.join(root, 'dist');
  mkdirSync(path.join(root, '.releases'));
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

describe('the search index of a release (#15)', () => {
  it('indexes every page of a first build and records what it indexed', async () => {
    const first = built('first', ['hospitalisation', 'mutualité']);
    expect(await searchIndex(first, live, log)).toEqual({ pages: 2, reused: false });
    expect(pagefindEntry(first)).toContain('"fr"');
    expect(JSON.parse(readFileSync(path.join(first, 'search-index.json'), 'utf8'))).toMatchObject({
      pages: 2,
    });
  });

  it('copies the live index when no page changed', async () => {
    const first = built('first', ['hospitalisation', 'mutualité']);
    await searchIndex(first, live, log);
    await publishRelease(live, first);
    const second = built('second', ['hospitalisation', 'mutualité']);
    expect(await searchIndex(second, live, log)).toEqual({ pages: 2, reused: true });
    expect(pagefindEntry(second)).toBe(pagefindEntry(first));
    expect(lines).toContain(
      'No page changed: the search index of the live site is kept (2 pages).',
    );
  });

  it('indexes again when one page changed, or when forced', async () => {
    const first = built('first', ['hospitalisation', 'mutualité']);
    await searchIndex(first, live, log);
    await publishRelease(live, first);
    const changed = built('changed', ['hospitalisation', 'fratrie', 'école']);
    expect(await searchIndex(changed, live, log)).toEqual({ pages: 3, reused: false });
    const forced = built('forced', ['hospitalisation', 'mutualité']);
    expect(await searchIndex(forced, live, log, { force: true })).toEqual({
      pages: 2,
      reused: false,
    });
  });

  it('digests files only: a folder named like a page (a redirect from /page.html) is no page', async () => {
    const first = built('first', ['hospitalisation']);
    mkdirSync(path.join(first, 'client', 'ancienne-page.html'));
    writeFileSync(path.join(first, 'client', 'ancienne-page.html', 'index.html'), 'redirection');
    await expect(searchIndex(first, live, log)).resolves.toMatchObject({ reused: false });
  });

  it('indexes when the live release has no record (built before this change)', async () => {
    const old = built('old', ['hospitalisation']);
    await publishRelease(live, old);
    const next = built('next', ['hospitalisation']);
    expect(await searchIndex(next, live, log)).toEqual({ pages: 1, reused: false });
  });
});
