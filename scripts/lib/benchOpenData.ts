import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  normaliseOrganisations,
  replicatedRecords,
  type DirectoryEntry,
} from '@portals/shared/open-data';
import { astroCopiedPage } from './astroCopiedPage.ts';
import { astroBin, repoRoot } from './paths.ts';
import { run } from './run.ts';

export interface OpenDataBenchResult {
  organisations: number;
  pages: number;
  normaliseSeconds: number;
  buildSeconds: number;
  totalSeconds: number;
  /** A second build from the same snapshot, with Astro's incremental build cache. */
  rebuildSeconds: number;
  /** Pages that second build copied from the first instead of rendering them. */
  reusedPages: number;
}

const projectRoot = path.join(repoRoot, 'scripts/bench/open-data');

/**
 * Normalises `n` replicated Bruxelles Social records and builds their organisation pages
 * (French and Dutch) with the shared component, in a small Astro project of its own; then
 * builds them again from the same snapshot, which must copy every page from the first build.
 */
export async function benchOpenData(
  n: number,
  work: string,
  countPages: (dir: string) => number,
): Promise<OpenDataBenchResult> {
  const records = await replicatedRecords(n);
  const started = performance.now();
  const { organisations } = normaliseOrganisations(records);
  const entries: DirectoryEntry[] = organisations.map((organisation) => ({
    organisation,
    note: null,
    source: 'snapshot',
    fetchedAt: '2020-09-14T00:00:00.000Z',
  }));
  const normalised = performance.now();
  mkdirSync(work, { recursive: true });
  const file = path.join(work, 'directory.json');
  writeFileSync(file, JSON.stringify(entries));
  const outDir = path.join(work, 'out');
  const build = (onLine?: (line: string) => void) =>
    run('open-data bench', astroBin, ['build', '--root', projectRoot, '--outDir', outDir], {
      env: { ...process.env, BENCH_DIRECTORY_FILE: file, ASTRO_TELEMETRY_DISABLED: '1' },
      onLine,
    });
  // A first build: what an earlier run cached would otherwise be copied, not rendered.
  rmSync(path.join(projectRoot, 'node_modules', '.astro'), { recursive: true, force: true });
  await build();
  const finished = performance.now();
  let reusedPages = 0;
  await build((line) => {
    if (astroCopiedPage.test(line)) reusedPages += 1;
  });
  const rebuilt = performance.now();
  return {
    rebuildSeconds: (rebuilt - finished) / 1000,
    reusedPages,
    organisations: organisations.length,
    pages: countPages(outDir),
    normaliseSeconds: (normalised - started) / 1000,
    buildSeconds: (finished - normalised) / 1000,
    totalSeconds: (finished - started) / 1000,
  };
}
