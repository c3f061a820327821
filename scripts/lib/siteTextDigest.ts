import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of every HTML page of a built site (its path and bytes): what Pagefind reads. Equal
 * digests mean the search index of one build serves the other unchanged.
 */
export function siteTextDigest(root: string): string {
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
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
