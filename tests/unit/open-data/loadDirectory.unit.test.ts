import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadDirectory,
  readDirectoryCopy,
  silentLogger,
  writeDirectoryCopy,
  type LoadDirectoryOptions,
} from '@portals/shared/open-data';
import {
  baseUrl,
  fakeFetch,
  fixtureText,
  hang,
  json,
  realOrganisation,
  temporaryDir,
} from './openDataFixtures.ts';

const listUrl = `${baseUrl}/search/organisation/*`;

/** n distinct valid records, derived from the recorded organisation 13219. */
async function records(n: number, firstId = 1): Promise<Record<string, unknown>[]> {
  const real = await realOrganisation();
  return Array.from({ length: n }, (_, i) => ({ ...real, id: firstId + i }));
}

let dir: string;
let cleanup: () => Promise<void>;
let options: LoadDirectoryOptions;
const cacheFile = () => join(dir, 'cache', 'organisations.json');

beforeEach(async () => {
  ({ dir, cleanup } = await temporaryDir());
  const snapshotFile = join(dir, 'snapshot.json');
  await writeDirectoryCopy(snapshotFile, {
    source: listUrl,
    fetchedAt: '2020-09-14T00:00:00.000Z',
    records: await records(3, 800),
  });
  options = {
    snapshotFile,
    cacheDir: join(dir, 'cache'),
    logger: silentLogger,
    env: {},
    sleep: () => Promise.resolve(),
    now: () => new Date('2025-03-02T04:00:00.000Z'),
  };
});

afterEach(() => cleanup());

/** Seeds the cache with a good copy of `n` organisations fetched the day before. */
async function seedCache(n: number): Promise<void> {
  await writeDirectoryCopy(cacheFile(), {
    source: listUrl,
    fetchedAt: '2025-03-01T04:00:00.000Z',
    records: await records(n),
  });
}

describe('loadDirectory', () => {
  it('uses the snapshot without calling the service when offline', async () => {
    const fetch = fakeFetch({});
    const result = await loadDirectory({ ...options, offline: true, fetch });
    expect(result).toMatchObject({
      source: 'snapshot',
      fetchedAt: '2020-09-14T00:00:00.000Z',
      warnings: [],
    });
    expect(result.organisations.map((organisation) => organisation.id)).toEqual([800, 801, 802]);
    expect(fetch.calls).toEqual([]);
  });

  it('goes offline when OPEN_DATA_OFFLINE=1', async () => {
    const fetch = fakeFetch({});
    const result = await loadDirectory({ ...options, env: { OPEN_DATA_OFFLINE: '1' }, fetch });
    expect(result.source).toBe('snapshot');
    expect(fetch.calls).toEqual([]);
  });

  it('returns the live answer and caches it atomically, leaving no temporary file', async () => {
    const fetch = fakeFetch({ [listUrl]: async () => json(await records(10)) });
    const result = await loadDirectory({ ...options, fetch });
    expect(result).toMatchObject({
      source: 'live',
      fetchedAt: '2025-03-02T04:00:00.000Z',
      warnings: [],
    });
    expect(result.organisations).toHaveLength(10);
    const cached = await readDirectoryCopy(cacheFile());
    expect(cached).toMatchObject({ source: listUrl, fetchedAt: '2025-03-02T04:00:00.000Z' });
    expect(cached?.records).toHaveLength(10);
    expect(await readdir(join(dir, 'cache'))).toEqual(['organisations.json']);
  });

  it('keeps the last good cache when the service answers an empty list, and says why', async () => {
    await seedCache(10);
    // The recorded "no match" answer of the search endpoint: a bare empty array.
    const empty = await fixtureText('synthetic-rest-search-organisation-agreements-648.json');
    const fetch = fakeFetch({ [listUrl]: () => new Response(empty) });
    const result = await loadDirectory({ ...options, fetch });
    expect(result.source).toBe('cache');
    expect(result.organisations).toHaveLength(10);
    expect(result.warnings).toEqual([
      'the fresh answer of Bruxelles Social looks wrong: the list of organisations is empty; ' +
        'keeping the cache fetched 2025-03-01T04:00:00.000Z (10 records)',
    ]);
  });

  it('keeps the last good cache when the list is truncated below 80% of it, without overwriting it', async () => {
    await seedCache(10);
    const fetch = fakeFetch({ [listUrl]: async () => json(await records(7)) });
    const result = await loadDirectory({ ...options, fetch });
    expect(result.source).toBe('cache');
    expect(result.warnings[0]).toContain(
      'only 7 organisations, fewer than 80% of the 10 in the last good copy',
    );
    expect((await readDirectoryCopy(cacheFile()))?.records).toHaveLength(10);
  });

  it('keeps the snapshot when the list is truncated and there is no cache yet', async () => {
    const fetch = fakeFetch({ [listUrl]: async () => json(await records(2)) });
    const result = await loadDirectory({ ...options, fetch });
    expect(result.source).toBe('snapshot');
    expect(result.warnings[0]).toContain(
      'keeping the recorded snapshot of 2020-09-14T00:00:00.000Z (3 records)',
    );
  });

  it('keeps the last good copy when more than 5% of the records fail the schema', async () => {
    await seedCache(20);
    const fresh = await records(20);
    fresh[0] = { ...fresh[0], lastUpdate: 'yesterday' };
    fresh[1] = { ...fresh[1], telFr: '02/435.51.38' };
    const fetch = fakeFetch({ [listUrl]: () => json(fresh) });
    const result = await loadDirectory({ ...options, fetch });
    expect(result.source).toBe('cache');
    expect(result.warnings[0]).toContain('2 of 20 records fail the schema (10%, more than 5%)');
  });

  it('publishes a live answer with a few bad records and names the ones left out', async () => {
    const fresh = await records(40);
    fresh[5] = { ...fresh[5], address: { ...(fresh[5]?.address as object), zipCode: null } };
    const fetch = fakeFetch({ [listUrl]: () => json(fresh) });
    const result = await loadDirectory({ ...options, fetch });
    expect(result.source).toBe('live');
    expect(result.organisations).toHaveLength(39);
    expect(result.rejected).toEqual([
      { id: 6, issues: [expect.objectContaining({ path: 'address.zipCode' })] },
    ]);
    expect(result.warnings[0]).toMatch(
      /^left out 1 record failing the schema:\n {2}6 \(address\.zipCode: /,
    );
  });

  it('keeps the last good copy when the service answers HTML instead of JSON', async () => {
    await seedCache(10);
    const html = await fixtureText('rest-sector-LITERAL-id-paths.response.html');
    const fetch = fakeFetch({
      [listUrl]: () => new Response(html, { headers: { 'Content-Type': 'text/html' } }),
    });
    const result = await loadDirectory({ ...options, fetch });
    expect(result.source).toBe('cache');
    expect(result.warnings[0]).toMatch(
      /^the fresh answer of Bruxelles Social looks wrong \(GET .* is not JSON/,
    );
    expect(result.warnings[0]).toContain(listUrl);
  });

  it('uses the last good cache when the service is unreachable, and says so', async () => {
    await seedCache(10);
    const fetch = fakeFetch({ [listUrl]: hang });
    const result = await loadDirectory({ ...options, fetch, timeoutMs: 5, retries: 1 });
    expect(result.source).toBe('cache');
    expect(result.warnings[0]).toMatch(
      /^Bruxelles Social is unreachable \(GET .* timed out after 5 ms/,
    );
    expect(result.warnings[0]).toContain('using the cache fetched 2025-03-01T04:00:00.000Z');
  });

  it('uses the snapshot when the service is unreachable and there is no cache', async () => {
    const fetch = fakeFetch({ [listUrl]: () => Promise.reject(new TypeError('fetch failed')) });
    const result = await loadDirectory({ ...options, fetch, retries: 0 });
    expect(result.source).toBe('snapshot');
    expect(result.organisations).toHaveLength(3);
    expect(result.warnings[0]).toContain('using the recorded snapshot of 2020-09-14T00:00:00.000Z');
  });

  it('skips a corrupt cache with a warning and falls back on the snapshot', async () => {
    await seedCache(1);
    await writeFile(cacheFile(), '{"records": [', 'utf8');
    const fetch = fakeFetch({ [listUrl]: () => Promise.reject(new TypeError('fetch failed')) });
    const result = await loadDirectory({ ...options, fetch, retries: 0 });
    expect(result.source).toBe('snapshot');
    expect(result.warnings[0]).toBe(
      `ignoring the open-data cache: ${cacheFile()} is not valid JSON`,
    );
  });
});
