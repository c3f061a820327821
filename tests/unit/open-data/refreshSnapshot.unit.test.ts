import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  lookupEndpoints,
  lookupNames,
  readDirectoryCopy,
  refreshSnapshot,
  silentLogger,
  writeDirectoryCopy,
  type RefreshSnapshotOptions,
} from '@portals/shared/open-data';
import {
  baseUrl,
  fakeFetch,
  fixtureText,
  json,
  realOrganisation,
  temporaryDir,
} from './openDataFixtures.ts';

const listUrl = `${baseUrl}/search/organisation/*`;

let dir: string;
let cleanup: () => Promise<void>;
let options: RefreshSnapshotOptions;
let snapshotBefore: string;

async function records(n: number): Promise<Record<string, unknown>[]> {
  const real = await realOrganisation();
  return Array.from({ length: n }, (_, i) => ({ ...real, id: i + 1 }));
}

/** Every lookup answers a small valid table. */
const lookupRoutes = Object.fromEntries(
  lookupNames.map((name) => [`${baseUrl}${lookupEndpoints[name].path}`, () => new Response('[]')]),
);

beforeEach(async () => {
  ({ dir, cleanup } = await temporaryDir());
  const snapshotFile = join(dir, 'organisations.json');
  await writeDirectoryCopy(snapshotFile, {
    source: listUrl,
    fetchedAt: '2020-09-14T00:00:00.000Z',
    records: await records(10),
  });
  snapshotBefore = await readFile(snapshotFile, 'utf8');
  options = {
    snapshotFile,
    lookupsDir: join(dir, 'lookups'),
    logger: silentLogger,
    sleep: () => Promise.resolve(),
    now: () => new Date('2025-03-02T04:00:00.000Z'),
  };
});

afterEach(() => cleanup());

describe('refreshSnapshot', () => {
  it('rewrites the snapshot and lookups with a good answer and reports what changed', async () => {
    const fresh = await records(11);
    fresh[0] = { ...fresh[0], telFr: ['02/000.00.01'] };
    fresh.splice(1, 1);
    const fetch = fakeFetch({ ...lookupRoutes, [listUrl]: () => json(fresh) });
    const outcome = await refreshSnapshot({ ...options, fetch });
    expect(outcome).toMatchObject({
      written: true,
      diff: { added: [11], changed: [1], removed: [2], unchanged: 8 },
    });
    expect(await readDirectoryCopy(options.snapshotFile as string)).toMatchObject({
      fetchedAt: '2025-03-02T04:00:00.000Z',
      records: fresh,
    });
    expect(await readFile(join(dir, 'lookups', 'sectors.json'), 'utf8')).toBe('[]\n');
  });

  it('does not overwrite the snapshot with a truncated answer', async () => {
    const fetch = fakeFetch({ ...lookupRoutes, [listUrl]: async () => json(await records(3)) });
    const outcome = await refreshSnapshot({ ...options, fetch });
    expect(outcome).toEqual({
      written: false,
      refused: 'only 3 organisations, fewer than 80% of the 10 in the last good copy',
    });
    expect(await readFile(options.snapshotFile as string, 'utf8')).toBe(snapshotBefore);
  });

  it('does not overwrite the snapshot when the service answers HTML', async () => {
    const html = await fixtureText('rest-sector-LITERAL-id-paths.response.html');
    const fetch = fakeFetch({ ...lookupRoutes, [listUrl]: () => new Response(html) });
    await expect(refreshSnapshot({ ...options, fetch })).rejects.toThrow(
      `GET ${listUrl} answered a body that is not JSON`,
    );
    expect(await readFile(options.snapshotFile as string, 'utf8')).toBe(snapshotBefore);
  });

  it('writes nothing when a lookup fails after a good organisation list', async () => {
    const routes = { ...lookupRoutes, [`${baseUrl}/agreements`]: () => new Response('<html>') };
    const fetch = fakeFetch({ ...routes, [listUrl]: async () => json(await records(10)) });
    await expect(refreshSnapshot({ ...options, fetch })).rejects.toThrow(`${baseUrl}/agreements`);
    expect(await readFile(options.snapshotFile as string, 'utf8')).toBe(snapshotBefore);
  });

  it('writes nothing on a dry run', async () => {
    const fetch = fakeFetch({ ...lookupRoutes, [listUrl]: async () => json(await records(12)) });
    const outcome = await refreshSnapshot({ ...options, fetch, dryRun: true });
    expect(outcome).toMatchObject({ written: false, diff: { added: [11, 12] } });
    expect(await readFile(options.snapshotFile as string, 'utf8')).toBe(snapshotBefore);
  });
});
