import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { startIndexing } from './indexSite.ts';
import { listReleases, staticRoot } from './releaseLayout.ts';
import { removeSetAside, setAside } from './removeInBackground.ts';
import { siteTextDigest } from './siteTextDigest.ts';
import { switchLink } from './switchLink.ts';

/** Beside a release's static folder, never served: what its search index was built from. */
const recordName = 'search-index.json';
const recordSchema = z.object({ digest: z.string(), pages: z.number().int().nonnegative() });

/**
 * The portal's search indexes, in a dot folder beside its releases (never listed as a release).
 * A release's `client/pagefind` is a link to one of them: a release can go live with the index
 * of the release it replaces and get its own a moment later by switching that link, and a
 * release whose pages did not change shares its predecessor's index instead of copying it.
 */
export function indexStore(releasesDir: string): string {
  return path.join(releasesDir, '.search');
}

/** The live release's search index: its folder, and what it was built from when known. */
export interface LiveIndex {
  dir: string;
  /** True when the index is a link into the store (false: a folder of an older release). */
  shared: boolean;
  record?: z.infer<typeof recordSchema>;
}

export interface SearchIndexResult {
  pages: number;
  /** True when the live release's index was kept because no page changed. */
  reused: boolean;
}

/** Where a release's search index is served from: `client/pagefind`, a link into the store. */
function indexLink(release: string): string {
  return path.join(staticRoot(release), 'pagefind');
}

/** The search index the live release at `liveDir` serves, if it has one. */
export function liveIndex(liveDir: string): LiveIndex | undefined {
  let release: string;
  let link: string;
  let dir: string;
  try {
    release = realpathSync(liveDir);
    link = indexLink(release);
    dir = realpathSync(link);
  } catch {
    return undefined;
  }
  let record: LiveIndex['record'];
  try {
    record = recordSchema.parse(JSON.parse(readFileSync(path.join(release, recordName), 'utf8')));
  } catch {
    // Built before records were kept, or its index was never finished: it gets indexed again.
  }
  return { dir, shared: lstatSync(link).isSymbolicLink(), record };
}

/**
 * Points the `client/pagefind` of `release` at `indexDir`. The link is replaced by one rename,
 * so a search running on the live site never finds the index missing.
 */
export function linkIndex(release: string, indexDir: string): void {
  switchLink(indexLink(release), indexDir);
}

/**
 * Replaces the link of `release`'s `client/pagefind` by a copy of the index it points to, so
 * the release holds all its files (a release handed to a deploy command or webhook, e.g. a
 * rollback to a release that was served locally). Not for a live release: it is not atomic.
 */
export function ownSearchIndex(release: string): void {
  const link = indexLink(release);
  if (!lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) return;
  const copy = `${link}.copy-${process.pid}`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(realpathSync(link), copy, { recursive: true });
  rmSync(link);
  renameSync(copy, link);
}

/** A new, unique folder name in the store: the time, so a listing reads oldest first. */
function newIndexDir(store: string): string {
  mkdirSync(store, { recursive: true });
  return path.join(store, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
}

/**
 * Gives `release` its Pagefind index. Pagefind has no incremental index (pagefind#71), so it
 * indexes every page, unless no page changed since `previous` (the live release's index), which
 * is then kept: linked when it is in the store, copied otherwise. With a `store` (local
 * publication) the index is written there and linked; without one (a release handed to a deploy
 * command or webhook, which must hold all its files) it is written inside the release.
 * `force` always indexes.
 */
export async function searchIndex(
  release: string,
  previous: LiveIndex | undefined,
  log: (line: string) => void,
  { force = false, store }: { force?: boolean; store?: string } = {},
): Promise<SearchIndexResult> {
  const root = staticRoot(release);
  // Pagefind reads the pages in its own process while this one digests them: when a page
  // changed, the usual case, most of the digest's time is hidden (0.3 s of 0.5 s at 4,384 pages).
  const indexing = await startIndexing(root);
  let digest: string;
  try {
    digest = siteTextDigest(root);
  } catch (error) {
    await indexing.cancel();
    throw error;
  }
  // Where this release's own index goes: the store (then linked), or inside the release.
  const ownIndex = () => (store ? newIndexDir(store) : indexLink(release));
  let result: SearchIndexResult;
  if (!force && previous?.record?.digest === digest) {
    await indexing.cancel();
    if (store && previous.shared) {
      linkIndex(release, previous.dir);
    } else {
      const copy = ownIndex();
      cpSync(previous.dir, copy, { recursive: true });
      if (store) linkIndex(release, copy);
    }
    log(
      `No page changed: the search index of the live site is kept (${previous.record.pages} pages).`,
    );
    result = { pages: previous.record.pages, reused: true };
  } else {
    const output = ownIndex();
    result = { pages: await indexing.write(log, output), reused: false };
    if (store) linkIndex(release, output);
  }
  writeFileSync(path.join(release, recordName), JSON.stringify({ digest, pages: result.pages }));
  return result;
}

/**
 * Deletes the indexes of the store that no release in `releasesDir` links to any more (set aside
 * at once, deleted in the background like old releases). Called under the portal's build lock,
 * after old releases were pruned, so no index being written is taken.
 */
export function pruneSearchIndexes(releasesDir: string): Promise<void> {
  const store = indexStore(releasesDir);
  if (!existsSync(store)) return Promise.resolve();
  const linked = new Set<string>();
  for (const name of listReleases(releasesDir)) {
    try {
      linked.add(realpathSync(indexLink(path.join(releasesDir, name))));
    } catch {
      // No index (a release from before the adapter, or a broken one): it holds none of these.
    }
  }
  const storeDir = realpathSync(store);
  for (const name of readdirSync(storeDir)) {
    if (!name.startsWith('.') && !linked.has(path.join(storeDir, name))) {
      setAside(path.join(storeDir, name));
    }
  }
  return removeSetAside(storeDir);
}
