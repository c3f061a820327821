import { readDirectoryCopy, type DirectoryCopy } from './directoryCopy.ts';

export interface LastGoodCopy {
  copy: DirectoryCopy;
  source: 'cache' | 'snapshot';
}

/** Reads the snapshot, which must exist: it is what every fallback ends on. */
export async function readSnapshot(snapshotFile: string): Promise<DirectoryCopy> {
  const copy = await readDirectoryCopy(snapshotFile);
  if (!copy) {
    throw new Error(
      `The open-data snapshot is missing at ${snapshotFile}; ` +
        'run `tsx shared/src/open-data/snapshot/generate.ts` to rebuild it.',
    );
  }
  return copy;
}

/**
 * The cache of the last good live answer, else the snapshot. A corrupt cache is reported and
 * skipped rather than fatal: the snapshot is still a usable copy.
 */
export async function readLastGoodCopy(
  cacheFile: string,
  snapshotFile: string,
  warn: (message: string) => void,
): Promise<LastGoodCopy> {
  try {
    const cached = await readDirectoryCopy(cacheFile);
    if (cached) return { copy: cached, source: 'cache' };
  } catch (error) {
    warn(`ignoring the open-data cache: ${(error as Error).message}`);
  }
  return { copy: await readSnapshot(snapshotFile), source: 'snapshot' };
}

/** "the cache fetched 2025-03-02T04:00:00.000Z", for warnings that say what we fell back on. */
export function describeCopy({ copy, source }: LastGoodCopy): string {
  const origin = source === 'cache' ? 'the cache fetched' : 'the recorded snapshot of';
  return `${origin} ${copy.fetchedAt} (${copy.records.length} records)`;
}
