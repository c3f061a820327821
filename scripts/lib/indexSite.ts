import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index of a built site into `<dir>/pagefind`. Pagefind splits the
 * index by each page's `<html lang>`, so every language gets its own index.
 */
export async function indexSite(dir: string, log: (line: string) => void): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0)
      throw new Error(`Pagefind failed on ${dir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) {
      throw new Error(`Pagefind found no page to index in ${dir}: is data-pagefind-body missing?`);
    }
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    log(`Indexed ${added.page_count} pages for search.`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
