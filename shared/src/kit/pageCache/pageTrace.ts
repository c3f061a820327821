/**
 * What each page read when it was last rendered, shared between the kit's integration, which
 * loads and saves it around a build, and the catch-all page, which keys and renders the pages.
 * Both run in the build's process; the page module is bundled apart from the integration, hence
 * the global registry.
 */

/** One page as the last build left it. */
export interface PageRecord {
  /** The cache key Astro holds for the page. */
  key: string;
  /** Digest of the page's route (its own document, alternates, language switch). */
  route: string;
  /** Digest of every part of the portal data the page read when it was last rendered, by name. */
  reads: Readonly<Record<string, string>>;
}

export interface PageTrace {
  /** This build's id: a page to render gets a key no other build gives. */
  buildId: string;
  /** The previous build's record; empty after a failed build. */
  previous: Readonly<Record<string, PageRecord>>;
  /** The key and route digest of each page keyed in this build. */
  keyed: Map<string, Pick<PageRecord, 'key' | 'route'>>;
  /** What each page rendered in this build read. */
  read: Map<string, Set<string>>;
  /** The digest of a named part of this build's data (set once the data is read). */
  digest?: (name: string) => string;
}

const registry = Symbol.for('@portals/shared/kit/pageTrace');
type Holder = { [registry]?: PageTrace };

/** Starts a build's trace from the previous build's record. */
export function startPageTrace(previous: PageTrace['previous'], buildId: string): PageTrace {
  const trace: PageTrace = { buildId, previous, keyed: new Map(), read: new Map() };
  (globalThis as Holder)[registry] = trace;
  return trace;
}

/** The running build's trace; undefined outside a build (dev server, view tests). */
export function currentPageTrace(): PageTrace | undefined {
  return (globalThis as Holder)[registry];
}

/** The function that notes what the page at `path` reads, while it renders. */
export function pageReads(path: string): (name: string) => void {
  const trace = currentPageTrace();
  if (!trace) return () => undefined;
  const names = new Set<string>();
  trace.read.set(path, names);
  return (name) => names.add(name);
}

/**
 * The record the next build starts from: every page keyed in this build, with what it read
 * when rendered now or, for a page Astro copied from its cache, its previous record.
 */
export function endPageTrace(trace: PageTrace): Record<string, PageRecord> {
  delete (globalThis as Holder)[registry];
  const record: Record<string, PageRecord> = {};
  const { digest } = trace;
  for (const [path, { key, route }] of trace.keyed) {
    const names = trace.read.get(path);
    if (names && digest) {
      const reads = Object.fromEntries([...names].sort().map((name) => [name, digest(name)]));
      record[path] = { key, route, reads };
    } else if (trace.previous[path]?.key === key) {
      record[path] = trace.previous[path];
    }
  }
  return record;
}
