import { join } from 'node:path';
import { assessAnswer, type AnswerThresholds } from './assessAnswer.ts';
import {
  createOpenDataClient,
  type OpenDataClient,
  type OpenDataClientOptions,
} from './createOpenDataClient.ts';
import { diffById, type DirectoryDiff } from './diffById.ts';
import { readDirectoryCopy, writeDirectoryCopy, writeJsonAtomically } from './directoryCopy.ts';
import { normaliseOrganisations } from './normaliseOrganisations.ts';
import { defaultLookupsDir, defaultSnapshotFile } from './openDataPaths.ts';
import { lookupEndpoints, lookupNames } from './schemas/lookupEndpoints.ts';

export interface RefreshSnapshotOptions extends OpenDataClientOptions, AnswerThresholds {
  /** @default the snapshot shipped in `snapshot/organisations.json` */
  snapshotFile?: string;
  /** @default the snapshot's `lookups/` folder */
  lookupsDir?: string;
  /** Compute the diff but write nothing. @default false */
  dryRun?: boolean;
  /** @default () => new Date() */
  now?: () => Date;
  /** A ready client; otherwise one is built from these options. */
  client?: OpenDataClient;
}

export type RefreshOutcome =
  | { written: boolean; diff: DirectoryDiff; records: unknown[]; previous: unknown[] }
  | { written: false; refused: string };

/**
 * Fetches the directory and every lookup, and rewrites the snapshot with them, unless the
 * answer looks wrong by the same rules as a build. Everything is fetched before anything is
 * written, so a failure half-way leaves the previous snapshot whole. Request errors propagate.
 */
export async function refreshSnapshot(
  options: RefreshSnapshotOptions = {},
): Promise<RefreshOutcome> {
  const snapshotFile = options.snapshotFile ?? defaultSnapshotFile;
  const lookupsDir = options.lookupsDir ?? defaultLookupsDir;
  const client = options.client ?? createOpenDataClient(options);

  const previous = (await readDirectoryCopy(snapshotFile))?.records ?? [];
  const records = await client.organisations();
  const { rejected } = normaliseOrganisations(records);
  const verdict = assessAnswer(
    {
      total: records.length,
      rejected: rejected.length,
      previousTotal: previous.length || undefined,
    },
    options,
  );
  if (!verdict.ok) return { written: false, refused: verdict.reason };

  const lookups = await client.lookups();
  const diff = diffById(previous, records);
  if (options.dryRun) return { written: false, diff, records, previous };

  for (const name of lookupNames) {
    await writeJsonAtomically(
      join(lookupsDir, lookupEndpoints[name].file),
      `${JSON.stringify(lookups[name])}\n`,
    );
  }
  const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
  const source = `${client.baseUrl}/search/organisation/*`;
  await writeDirectoryCopy(snapshotFile, {
    source,
    fetchedAt,
    note: 'Live recording by refresh.ts',
    records,
  });
  return { written: true, diff, records, previous };
}
