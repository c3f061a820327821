import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of every HTML page of a built site (its path and bytes): what Pagefind reads. Equal
 * digests mean the search index of one build serves the other unchanged.
 */
export function siteTextDigest(root: string): string {
  // The search index is skipped at the top: it is no page, and it is usually a link to the
  // store, which a recursive listing would follow through thousands of files.
  const entries = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.name !== 'pagefind')
    .flatMap((entry) =>
      entry.isDirectory()
        ? [
            entry,
            ...readdirSync(path.join(root, entry.name), { recursive: true, withFileTypes: true }),
          ]
        : [entry],
    );
  // Files only: a redirect's fallback page for an old `/page.html` address is a folder of
  // that name holding its `index.html`.
  const pages = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  const hash = createHash('sha256');
  for (const page of pages) {
    hash
      .update(page)
      .update('\0')
      .update(readFileSync(path.join(root, page)))
      .update('\0');
  }
  return hash.digest('hex');
}
