/**
 * Re-records the snapshot from the live webservice and prints what changed.
 *   tsx shared/src/open-data/refresh.ts [--dry-run] [--base-url URL]
 * Exits 1, leaving the snapshot untouched, when the service fails or its answer looks wrong.
 */
import { parseArgs } from 'node:util';
import type { DirectoryDiff } from './diffById.ts';
import { recordId } from './recordId.ts';
import { readOpenDataEnv } from './readOpenDataEnv.ts';
import { refreshSnapshot } from './refreshSnapshot.ts';

const { values } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false }, 'base-url': { type: 'string' } },
});
const env = readOpenDataEnv();

if (env.offline) {
  console.error(
    'OPEN_DATA_OFFLINE=1: not calling Bruxelles Social. Unset it to refresh the snapshot.',
  );
  process.exitCode = 1;
} else {
  await run();
}

async function run(): Promise<void> {
  const baseUrl = values['base-url'] ?? env.baseUrl;
  try {
    const outcome = await refreshSnapshot({
      dryRun: values['dry-run'],
      ...(baseUrl ? { baseUrl } : {}),
    });
    if ('refused' in outcome) {
      console.error(`Snapshot kept: the answer looks wrong (${outcome.refused}).`);
      process.exitCode = 1;
      return;
    }
    printDiff(outcome.diff, [...outcome.previous, ...outcome.records]);
    console.log(outcome.written ? 'Snapshot rewritten.' : 'Dry run: nothing written.');
  } catch (error) {
    console.error(`Snapshot kept: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

function printDiff(diff: DirectoryDiff, records: unknown[]): void {
  const names = new Map(records.map((record) => [recordId(record), nameOf(record)]));
  console.log(
    `${diff.added.length} new, ${diff.changed.length} changed, ${diff.removed.length} gone, ${diff.unchanged} unchanged.`,
  );
  for (const [label, ids] of [
    ['new', diff.added],
    ['changed', diff.changed],
    ['gone', diff.removed],
  ] as const) {
    for (const id of ids.slice(0, 20))
      console.log(`  ${label.padEnd(7)} ${id} ${names.get(id) ?? ''}`);
    if (ids.length > 20) console.log(`  ${label.padEnd(7)} … and ${ids.length - 20} more`);
  }
}

function nameOf(record: unknown): string {
  const name = (record as { nameOfficialFr?: unknown }).nameOfficialFr;
  return typeof name === 'string' ? name : '';
}
