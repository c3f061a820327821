import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultSnapshotFile,
  loadDirectory,
  readDirectoryCopy,
  type LoadDirectoryOptions,
} from '@portals/shared/open-data';
import { memoryLogger } from '../unit/directory/directoryFixtures.ts';
import { temporaryDir } from '../unit/open-data/openDataFixtures.ts';
import { jsonAnswer, startOpenDataServer } from './support/openDataServer.ts';

const spaHtml = path.resolve(
  import.meta.dirname,
  '../fixtures/open-data/rest-sector-LITERAL-id-paths.response.html',
);

let server: Awaited<ReturnType<typeof startOpenDataServer>>;
let records: unknown[];
let cacheDir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  // The shipped snapshot's 301 records stand in for a good live answer.
  const snapshot = await readDirectoryCopy(defaultSnapshotFile);
  if (!snapshot) throw new Error(`No snapshot at ${defaultSnapshotFile}`);
  records = snapshot.records;
  server = await startOpenDataServer(jsonAnswer(records));
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  ({ dir: cacheDir, cleanup } = await temporaryDir());
  server.answer(jsonAnswer(records));
  return cleanup;
});

/** A build's load: real fetch, real cache folder, shipped snapshot; short timeouts. */
function load(overrides: Partial<LoadDirectoryOptions> = {}) {
  const logger = memoryLogger();
  const options: LoadDirectoryOptions = {
    baseUrl: server.baseUrl,
    cacheDir,
    offline: false,
    timeoutMs: 5_000,
    retries: 0,
    logger,
    ...overrides,
  };
  return loadDirectory(options).then((directory) => ({ directory, logger }));
}

describe('loadDirectory against a local HTTP server', () => {
  it('uses the live answer and caches it', async () => {
    const { directory } = await load();
    expect(directory.source).toBe('live');
    expect(directory.organisations).toHaveLength(301);
    expect(server.requests).toContain('/rest/search/organisation/*');
    const cached = await readDirectoryCopy(path.join(cacheDir, 'organisations.json'));
    expect(cached?.source).toBe(`${server.baseUrl}/search/organisation/*`);
    expect(cached?.records).toHaveLength(301);
  });

  it('uses the snapshot and says so when the service is unreachable', async () => {
    const { directory, logger } = await load({ baseUrl: 'http://127.0.0.1:9/rest' });
    expect(directory.source).toBe('snapshot');
    expect(logger.messages('warn').join('\n')).toMatch(
      /Bruxelles Social is unreachable .*127\.0\.0\.1:9.*; using the recorded snapshot/,
    );
  });

  it('keeps the last good copy when the service answers its HTML page, and says why', async () => {
    await load();
    server.answer({ status: 200, contentType: 'text/html', body: await readFile(spaHtml, 'utf8') });
    const { directory, logger } = await load();
    expect(directory.source).toBe('cache');
    expect(directory.organisations).toHaveLength(301);
    expect(logger.messages('warn').join('\n')).toMatch(
      /the fresh answer of Bruxelles Social looks wrong \(.*not JSON.*\); using the cache fetched/,
    );
  });

  it('keeps the last good copy when the list comes back truncated, and says why', async () => {
    await load();
    server.answer(jsonAnswer(records.slice(0, 100)));
    const { directory, logger } = await load();
    expect(directory.source).toBe('cache');
    expect(directory.organisations).toHaveLength(301);
    expect(logger.messages('warn').join('\n')).toMatch(
      /looks wrong: .*100.*301.*; keeping the cache fetched/,
    );
  });

  it('falls back to the snapshot when an error status comes before any good copy', async () => {
    server.answer({ status: 503, contentType: 'text/plain', body: 'maintenance' });
    const { directory, logger } = await load();
    expect(directory.source).toBe('snapshot');
    expect(logger.messages('warn').join('\n')).toMatch(/unreachable .*503/);
  });
});
