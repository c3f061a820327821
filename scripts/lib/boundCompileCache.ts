import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** How much Node's compile cache of the publication script may hold before it is emptied. */
export const compileCacheLimitBytes = 64 * 1024 * 1024;

/**
 * Empties Node's compile cache (`NODE_COMPILE_CACHE`, see the CMS's publish settings) once it
 * holds more than `limit` bytes. Node never forgets an entry, and a build in the publication
 * script's own process adds its new bundle's code (about 1 MB a build) beside the script's and
 * Astro's (14 MB); the next runs fill it again.
 */
export function boundCompileCache(
  dir: string | undefined = process.env.NODE_COMPILE_CACHE,
  limit = compileCacheLimitBytes,
): void {
  if (!dir) return;
  let bytes = 0;
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  } catch {
    return;
  }
  if (bytes > limit) rmSync(dir, { recursive: true, force: true });
}
