import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, by path relative to it, with its bytes (hex): to compare folders. */
export function readFiles(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = readFileSync(full).toString('hex');
  }
  return files;
}
