import { readDirectoryCopy } from './directoryCopy.ts';
import { normaliseOrganisations } from './normaliseOrganisations.ts';
import { defaultSnapshotFile } from './openDataPaths.ts';
import { recordId } from './recordId.ts';
import { syntheticIdFloor } from './syntheticMarker.ts';

export interface BenchNormaliseOptions {
  /** Timed runs after one warm-up run. @default 5 */
  runs?: number;
  /** @default the shipped snapshot */
  snapshotFile?: string;
}

export interface BenchNormaliseResult {
  /** Records normalised per run. */
  n: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median time per record, in microseconds. */
  perRecordUs: number;
  /** Records refused per run; 0 unless the snapshot is broken. */
  rejected: number;
}

/**
 * `n` raw records: the synthetic ones of the snapshot replicated with fresh ids, about the
 * size of the live directory (~4,000) by default.
 */
export async function replicatedRecords(n = 4000, snapshotFile = defaultSnapshotFile) {
  const copy = await readDirectoryCopy(snapshotFile);
  const synthetic = (copy?.records ?? []).filter(
    (record) => (recordId(record) ?? 0) >= syntheticIdFloor,
  );
  if (synthetic.length === 0) throw new Error('the benchmark needs the synthetic records');
  return Array.from({ length: n }, (_, i) => ({
    ...(synthetic[i % synthetic.length] as object),
    id: syntheticIdFloor + i + 1,
  }));
}

/** Times `normaliseOrganisations` on `n` replicated records (see `replicatedRecords`). */
export async function benchNormalise(
  n = 4000,
  options: BenchNormaliseOptions = {},
): Promise<BenchNormaliseResult> {
  const records = await replicatedRecords(n, options.snapshotFile);

  const runs = options.runs ?? 5;
  let rejected = normaliseOrganisations(records).rejected.length;
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    rejected = normaliseOrganisations(records).rejected.length;
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const medianMs = timings[Math.floor(timings.length / 2)] ?? 0;
  return {
    n,
    runs,
    medianMs,
    minMs: timings[0] ?? 0,
    maxMs: timings[timings.length - 1] ?? 0,
    perRecordUs: n === 0 ? 0 : (medianMs * 1000) / n,
    rejected,
  };
}
