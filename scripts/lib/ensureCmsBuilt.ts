import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cmsDir, repoRoot } from './paths.ts';
import { run } from './run.ts';
import { sourceHash } from './sourceHash.ts';

const stampFile = path.join(cmsDir, '.next', 'portals-source-hash');

/** What a production build of the CMS depends on. */
function cmsSources(): string[] {
  return [
    path.join(cmsDir, 'src'),
    path.join(cmsDir, 'next.config.mjs'),
    path.join(cmsDir, 'package.json'),
    path.join(repoRoot, 'content-models', 'src'),
    path.join(repoRoot, 'package-lock.json'),
  ];
}

/**
 * Builds the CMS for `next start` unless the last build was made from the same sources:
 * a restart costs seconds instead of the ~40 s of `next build`.
 */
export async function ensureCmsBuilt(log: (line: string) => void = console.log): Promise<void> {
  const hash = sourceHash(cmsSources());
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
    log('CMS build is up to date.');
    return;
  }
  log('Building the CMS (next build, about a minute on two cores)…');
  await run('cms build', 'npx', ['next', 'build'], { cwd: cmsDir });
  writeFileSync(stampFile, hash);
}
