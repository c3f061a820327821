import type { LoaderContext } from 'astro/loaders';
import type { KitEntry } from '../kit/contract.ts';
import { z } from 'zod';
import type { DocVersion } from './fetchDocs.ts';
import type { ReadOptions } from './readKind.ts';

/** What every synced entry carries: the id and `updatedAt` of the CMS document it mirrors. */
export type SyncedEntry = KitEntry;

/** How one CMS collection is listed and read (`cmsLoader` gives `readKindVersions` and `readKind`). */
export interface SyncSource<E extends SyncedEntry> {
  /** The id and `updatedAt` of every document the site shows (one cheap request per 500). */
  listVersions(options: ReadOptions): Promise<DocVersion[]>;
  /** The entries of every document the site shows, or of `options.ids` only; a document it leaves out is not returned. */
  read(options: ReadOptions): Promise<E[]>;
}

/** What a sync did, for the build log and the tests. */
export interface SyncReport {
  /** Entries (re)written from documents read in full. */
  changed: number;
  /** Entries deleted: document deleted, unpublished, moved off the portal or left without a language. */
  removed: number;
  /** Entries kept as they were, their document unchanged. */
  unchanged: number;
  /** Entries held after the sync. */
  total: number;
  /** Why everything was read again, when it was. */
  fullRead?: string;
}

type SyncContext = Pick<LoaderContext, 'store' | 'meta' | 'parseData' | 'generateDigest'>;

/**
 * Meta keys, per collection: the format the entries were made in, and the listed documents that
 * made no entry (an article with no language), with their version, so that they are not read
 * again on every build. No time stamp: nothing depends on when the last sync ran.
 */
const formatKey = 'format';
const skippedKey = 'skipped';

const skippedSchema = z.record(z.string(), z.string());

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The `updatedAt` of every document the store reflects: stored entries and documents left out. */
function knownVersions({ store, meta }: SyncContext): Map<string, string> {
  // Unreadable means "none": those documents are then read again, which is always safe.
  const skipped = skippedSchema.safeParse(parseJson(meta.get(skippedKey)));
  const known = new Map(Object.entries(skipped.success ? skipped.data : {}));
  for (const entry of store.values()) {
    const { updatedAt } = entry.data;
    if (typeof updatedAt === 'string') known.set(entry.id, updatedAt);
  }
  return known;
}

function fullReadReason(previous: string | undefined, format: string | undefined) {
  if (format === undefined) return 'the loader cannot fingerprint its own code';
  if (previous === undefined) return 'no earlier sync in the store';
  if (previous !== format) return 'the loader, its schema or the CMS address changed';
  return undefined;
}

/**
 * Brings a content-layer store in line with a CMS collection, reading in full only the
 * documents that are new or whose `updatedAt` differs from the stored entry's, and deleting
 * entries whose document is no longer listed. Comparing versions document by document (rather
 * than asking for `updatedAt > last build`) is immune to clock skew between machines and to a
 * CMS database restored from a backup or reset, and catches deletions.
 *
 * The store is Astro's, persisted in its `cacheDir` after the content sync, before any page is
 * rendered. That is as it should be: the store mirrors the CMS, not the live site, and every
 * build renders every page from it, so a build that fails later leaves a store the next build
 * can trust. All reading and validation happen before the first write, so a CMS failure leaves
 * the store as it was; and each entry carries its own `updatedAt`, so even an interrupted write
 * could only cause a document to be read again, never to be missed.
 */
export async function syncCollection<E extends SyncedEntry>(
  context: SyncContext,
  source: SyncSource<E>,
  options: ReadOptions & {
    /** Digest of the code, schema and CMS the entries come from; undefined forces a full read. */
    format: string | undefined;
  },
): Promise<SyncReport> {
  const { store, meta } = context;
  const { format, ...readOptions } = options;
  const listed = await source.listVersions(readOptions);
  const fullRead = fullReadReason(meta.get(formatKey), format);
  const known = fullRead ? new Map<string, string>() : knownVersions(context);
  const toRead = listed.filter((doc) => known.get(doc.id) !== doc.updatedAt).map((doc) => doc.id);
  const entries = await source.read(fullRead ? readOptions : { ...readOptions, ids: toRead });
  const parsed = await Promise.all(
    entries.map(async (entry) => {
      const data = await context.parseData({ id: entry.id, data: { ...entry } });
      return { id: entry.id, data, digest: context.generateDigest(data) };
    }),
  );

  // Writes start here, with everything read and valid.
  const before = new Set(store.keys());
  const listedIds = new Set(listed.map((doc) => doc.id));
  const reRead = new Set(toRead);
  const returned = new Set(parsed.map((entry) => entry.id));
  if (fullRead) store.clear();
  for (const id of before) {
    // No longer listed, or read again but not returned (unpublished meanwhile, no language left).
    if (!listedIds.has(id) || (reRead.has(id) && !returned.has(id))) store.delete(id);
  }
  for (const entry of parsed) store.set(entry);
  const skipped = listed.filter((doc) => !store.has(doc.id));
  meta.set(skippedKey, JSON.stringify(Object.fromEntries(skipped.map((d) => [d.id, d.updatedAt]))));
  if (format !== undefined) meta.set(formatKey, format);

  const after = new Set(store.keys());
  return {
    changed: parsed.length,
    removed: [...before].filter((id) => !after.has(id)).length,
    unchanged: listed.filter((doc) => !reRead.has(doc.id) && after.has(doc.id)).length,
    total: after.size,
    ...(fullRead ? { fullRead } : {}),
  };
}

/** The build-log line of a sync: "articles: 1 changed, 2 removed, 57 unchanged (of 58)". */
export function describeSync(collection: string, report: SyncReport): string {
  const line = `${collection}: ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged (of ${report.total})`;
  return report.fullRead ? `${line}; full read: ${report.fullRead}` : line;
}
