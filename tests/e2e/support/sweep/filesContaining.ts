import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Gzip's magic number: Pagefind writes its fragments and index chunks compressed. */
function isGzip(content: Buffer): boolean {
  return content.length > 2 && content[0] === 0x1f && content[1] === 0x8b;
}

/**
 * The files under `dir` (a release, followed through the `dist` link) whose bytes contain
 * `text`, reading gzipped files (Pagefind's fragments) decompressed.
 */
export function filesContaining(dir: string, text: string): string[] {
  const root = realpathSync(dir);
  const needle = Buffer.from(text, 'utf8');
  const found: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(root, entry);
    if (!statSync(file).isFile()) continue;
    const content = readFileSync(file);
    if (content.includes(needle)) {
      found.push(entry);
    } else if (isGzip(content) && gunzipSync(content).includes(needle)) {
      found.push(`${entry} (decompressed)`);
    }
  }
  return found;
}
