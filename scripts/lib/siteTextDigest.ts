import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of every HTML page of a built site (its path and bytes): what Pagefind reads. Equal
 * digests mean the search index of one build serves the other unchanged.
 */
export function siteTextDigest(root: string): string {
  // Files only: a redirect's fallback page for an old `/page.html` address is a folder of
  // that name holding its `index.html`.
  const pages = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`))
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
