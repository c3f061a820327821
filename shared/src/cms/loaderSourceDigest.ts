import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function nearestLockfile(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const lockfile = path.join(dir, 'package-lock.json');
    if (existsSync(lockfile)) return lockfile;
    if (path.dirname(dir) === dir) return undefined;
  }
}

let cached: string | undefined;

/**
 * A digest of the code that turns CMS documents into stored entries: this folder, the rich-text
 * renderer, the content kinds' descriptors (`features/<name>/<name>Kind.ts`), and the lockfile (which pins Payload's Lexical converter and sanitize-html).
 *
 * Astro clears its content store when `content.config.ts`, the Astro config or Astro's version
 * changes, but it hashes the text of `content.config.ts` only, not the code that file imports
 * (astro/dist/content/utils.js). An entry the loader keeps between builds is the output of this
 * code, so a change to it must redo every entry: a sanitizer fix must reach unchanged articles.
 * Returns undefined when the sources cannot be read (say, once bundled): then every build reads
 * everything, as before incremental sync.
 */
export function loaderSourceDigest(): string | undefined {
  if (cached !== undefined) return cached;
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const lockfile = nearestLockfile(here);
    // Content kinds' descriptors live beside their features; views and routes do not shape entries.
    const kinds = filesUnder(path.join(here, '..', 'features')).filter((file) =>
      /Kind\.ts$/.test(file),
    );
    const files = [
      ...filesUnder(here),
      ...filesUnder(path.join(here, '..', 'richtext')),
      ...kinds,
    ].sort();
    if (lockfile) files.push(lockfile);
    const hash = createHash('sha256');
    for (const file of files) {
      hash.update(path.relative(here, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    cached = hash.digest('hex');
    return cached;
  } catch {
    return undefined;
  }
}
