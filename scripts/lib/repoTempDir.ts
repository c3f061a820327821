import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.ts';

/**
 * A fresh folder under `<repository>/<under>` (ignored by git) for a site that tests or the
 * benchmark build and throw away. Inside the repository on purpose: the chunks Astro prerenders
 * from, and the preview handler of a release, import their dependencies by package name from
 * the nearest `node_modules`, so a build into the system's temporary folder fails.
 */
export function repoTempDir(under: 'tests/.tmp' | '.bench', prefix: string): string {
  const parent = path.join(repoRoot, under);
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, prefix));
}
