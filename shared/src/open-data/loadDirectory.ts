import { join } from 'node:path';
import { assessAnswer, type AnswerThresholds } from './assessAnswer.ts';
import {
  createOpenDataClient,
  type OpenDataClient,
  type OpenDataClientOptions,
} from './createOpenDataClient.ts';
import { writeDirectoryCopy, type DirectoryCopy } from './directoryCopy.ts';
import { consoleLogger } from './logger.ts';
import type { NormaliseOptions } from './normaliseOrganisation.ts';
import {
  describeRejected,
  normaliseOrganisations,
  type NormalisedDirectory,
} from './normaliseOrganisations.ts';
import { OpenDataError } from './OpenDataError.ts';
import { cacheFileName, defaultCacheDir, defaultSnapshotFile } from './openDataPaths.ts';
import { readOpenDataEnv } from './readOpenDataEnv.ts';
import { describeCopy, readLastGoodCopy, readSnapshot } from './readLastGoodCopy.ts';

export type DirectorySource = 'live' | 'cache' | 'snapshot';

export interface LoadDirectoryOptions
  extends OpenDataClientOptions, AnswerThresholds, NormaliseOptions {
  /** Read the recorded snapshot and never call the webservice. @default OPEN_DATA_OFFLINE=1 */
  offline?: boolean;
  /** Folder of the last good live answer. @default OPEN_DATA_CACHE_DIR, else <repo>/.cache/open-data */
  cacheDir?: string;
  /** @default the snapshot shipped in `snapshot/organisations.json` */
  snapshotFile?: string;
  /** Stamps the cache. @default () => new Date() */
  now?: () => Date;
  /** Where the `OPEN_DATA_*` variables are read. @default process.env */
  env?: Record<string, string | undefined>;
  /** A ready client; otherwise one is built from these options. */
  client?: OpenDataClient;
}

export interface LoadedDirectory extends NormalisedDirectory {
  /** Where the organisations come from: the service now, its last good answer, or the snapshot. */
  source: DirectorySource;
  /** When the data was fetched from the service (ISO timestamp), for "data as of" credits. */
  fetchedAt: string;
  /** Why the data is not live and which records were left out; each was also logged. */
  warnings: string[];
}

/**
 * The organisations for a build: live when the service answers well, else the last good copy
 * (cache, then snapshot), so a broken or unreachable service never empties the portals.
 */
export async function loadDirectory(options: LoadDirectoryOptions = {}): Promise<LoadedDirectory> {
  const env = readOpenDataEnv(options.env);
  const logger = options.logger ?? consoleLogger;
  const snapshotFile = options.snapshotFile ?? defaultSnapshotFile;
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    logger.warn(message);
  };
  const fromCopy = (copy: DirectoryCopy, source: DirectorySource): LoadedDirectory => {
    const normalised = normaliseOrganisations(copy.records, options);
    reportRejected(normalised, warn);
    return { ...normalised, source, fetchedAt: copy.fetchedAt, warnings };
  };

  if (options.offline ?? env.offline) {
    logger.info(`offline: reading the recorded snapshot ${snapshotFile}`);
    return fromCopy(await readSnapshot(snapshotFile), 'snapshot');
  }

  const cacheFile = join(options.cacheDir ?? env.cacheDir ?? defaultCacheDir, cacheFileName);
  const lastGood = await readLastGoodCopy(cacheFile, snapshotFile, warn);
  const client =
    options.client ??
    createOpenDataClient({ ...options, baseUrl: options.baseUrl ?? env.baseUrl, logger });

  let records: unknown[];
  try {
    records = await client.organisations();
  } catch (error) {
    if (!(error instanceof OpenDataError)) throw error;
    warn(`${describeFailure(error)}; using ${describeCopy(lastGood)}`);
    return fromCopy(lastGood.copy, lastGood.source);
  }

  const fresh = normaliseOrganisations(records, options);
  const figures = {
    total: records.length,
    rejected: fresh.rejected.length,
    previousTotal: lastGood.copy.records.length,
  };
  const verdict = assessAnswer(figures, options);
  if (!verdict.ok) {
    warn(
      `the fresh answer of Bruxelles Social looks wrong: ${verdict.reason}; keeping ${describeCopy(lastGood)}`,
    );
    return fromCopy(lastGood.copy, lastGood.source);
  }

  reportRejected(fresh, warn);
  const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
  try {
    await writeDirectoryCopy(cacheFile, {
      source: `${client.baseUrl}/search/organisation/*`,
      fetchedAt,
      records,
    });
  } catch (error) {
    warn(`could not write the open-data cache ${cacheFile}: ${(error as Error).message}`);
  }
  return { ...fresh, source: 'live', fetchedAt, warnings };
}

/** Unreachable (worth trying again later) or answering nonsense (worth a look at the API). */
function describeFailure(error: OpenDataError): string {
  const unreachable = error.retryable || error.kind === 'http';
  return unreachable
    ? `Bruxelles Social is unreachable (${error.message})`
    : `the fresh answer of Bruxelles Social looks wrong (${error.message})`;
}

/** Rejected records are left out of the pages, so say which ones; ten are enough to start. */
function reportRejected({ rejected }: NormalisedDirectory, warn: (message: string) => void): void {
  if (rejected.length === 0) return;
  const shown = rejected.slice(0, 10).map(describeRejected).join('\n  ');
  const more = rejected.length > 10 ? `\n  … and ${rejected.length - 10} more` : '';
  const records = rejected.length === 1 ? 'record' : 'records';
  warn(`left out ${rejected.length} ${records} failing the schema:\n  ${shown}${more}`);
}
