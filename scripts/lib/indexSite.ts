import path from 'node:path';
import * as pagefind from 'pagefind';

/** A Pagefind index being built from a site's pages (see `startIndexing`). */
export interface Indexing {
  /**
   * Writes the index into `outputPath` (default `<dir>/pagefind`) once every page is read;
   * resolves with their count.
   */
  write(log: (line: string) => void, outputPath?: string): Promise<number>;
  /** Stops Pagefind without writing anything. */
  cancel(): Promise<void>;
}

/**
 * Starts Pagefind reading every page of a built site. It reads in its own process: the caller
 * goes on meanwhile (the publication digests the same pages), then writes or cancels. Pagefind
 * splits the index by each page's `<html lang>`, so every language gets its own index.
 */
export async function startIndexing(dir: string): Promise<Indexing> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const adding = index.addDirectory({ path: dir });
  // Rejected when cancelled (Pagefind closed under it): nobody waits for it then.
  adding.catch(() => undefined);
  return {
    async write(log, outputPath = path.join(dir, 'pagefind')) {
      try {
        const added = await adding;
        if (added.errors.length > 0)
          throw new Error(`Pagefind failed on ${dir}: ${added.errors.join('; ')}`);
        if (added.page_count === 0) {
          throw new Error(
            `Pagefind found no page to index in ${dir}: is data-pagefind-body missing?`,
          );
        }
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        log(`Indexed ${added.page_count} pages for search.`);
        return added.page_count;
      } finally {
        await pagefind.close();
      }
    },
    async cancel() {
      await pagefind.close();
    },
  };
}

/** Builds the Pagefind index of a built site into `<dir>/pagefind`; resolves with its page count. */
export async function indexSite(dir: string, log: (line: string) => void): Promise<number> {
  return (await startIndexing(dir)).write(log);
}
