import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { memoryLogger } from '../../fixtures/cms/fakeCms.ts';

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

interface Persisted {
  entries: [string, StoredEntry][];
  meta: [string, string][];
}

/**
 * Just enough of Astro's loader context to run a load outside Astro, with a store that behaves
 * like Astro's scoped store (`set` skips an entry whose digest is unchanged) and that can be
 * carried to a "next build" through JSON, as Astro carries it through `data-store.json`.
 */
export function memoryLoaderContext(
  schema: { parse: (data: unknown) => unknown },
  persisted: Persisted = { entries: [], meta: [] },
) {
  const entries = new Map<string, StoredEntry>(structuredClone(persisted.entries));
  const meta = new Map<string, string>(persisted.meta);
  /** Ids actually written (a new digest), in order. */
  const writes: string[] = [];
  const logger = memoryLogger();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => {
      const existing = entries.get(entry.id);
      if (entry.digest && existing?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      writes.push(entry.id);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
  };
  const context = {
    collection: 'test',
    store,
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
    logger: { ...logger, error: logger.warn, debug: () => undefined },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(schema.parse(data)),
    generateDigest: (data: unknown) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
  } as unknown as LoaderContext;
  return {
    context,
    entries,
    meta,
    writes,
    logger,
    /** What the next build starts from: the store as written to disk. */
    persist: (): Persisted =>
      JSON.parse(JSON.stringify({ entries: [...entries], meta: [...meta] })) as Persisted,
  };
}
