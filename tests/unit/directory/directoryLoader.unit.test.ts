import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  directoryLoader,
  type DirectoryCuration,
  type LoadDirectoryOptions,
  type LoadedDirectory,
} from '@portals/shared/open-data';
import { temporaryDir } from '../open-data/openDataFixtures.ts';
import { homeCare, memoryLogger, organisation } from './directoryFixtures.ts';

/** Just enough of Astro's loader context to run a load outside Astro. */
function fakeContext(loader: ReturnType<typeof directoryLoader>) {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const meta = new Map<string, string>();
  const logger = memoryLogger();
  const context = {
    store: {
      clear: () => entries.clear(),
      set: (item: { id: string; data: Record<string, unknown> }) => (
        entries.set(item.id, item),
        true
      ),
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => meta.set(key, value),
    },
    logger,
    parseData: ({ data }: { data: Record<string, unknown> }) =>
      Promise.resolve(loader.schema.parse(data) as Record<string, unknown>),
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(16),
  };
  const load = () => loader.load(context as unknown as Parameters<typeof loader.load>[0]);
  return { entries, meta, logger, load };
}

const curation: DirectoryCuration = { categoryIds: [273], organisationIds: [13219] };
const fromSnapshot: LoadedDirectory = {
  organisations: [
    organisation({ id: 13219 }),
    organisation({ id: 900001, categories: [homeCare] }),
    organisation({ id: 900002 }),
  ],
  rejected: [],
  source: 'snapshot',
  fetchedAt: '2020-09-14T00:00:00.000Z',
  warnings: [
    'Bruxelles Social is unreachable (GET https://social.brussels/rest/search/organisation/* failed: fetch failed); using the recorded snapshot of 2020-09-14T00:00:00.000Z (3 records)',
  ],
};

describe('directoryLoader', () => {
  it('stores the curated organisations with the source and date of the data', async () => {
    const loader = directoryLoader({
      curation,
      loadDirectory: () => Promise.resolve(fromSnapshot),
    });
    const { entries, meta, load } = fakeContext(loader);
    entries.set('4242', { id: '4242', data: {} });
    await load();
    expect([...entries.keys()]).toEqual(['13219', '900001']);
    expect(entries.get('900001')?.data).toMatchObject({
      organisation: { id: 900001 },
      note: null,
      source: 'snapshot',
      fetchedAt: '2020-09-14T00:00:00.000Z',
    });
    expect(meta.get('source')).toBe('snapshot');
  });

  it('logs that the snapshot is used and every warning of the load and of the curation', async () => {
    const loader = directoryLoader({
      curation: { ...curation, organisationIds: [13219, 4242] },
      loadDirectory: () => Promise.resolve(fromSnapshot),
    });
    const { logger, load } = fakeContext(loader);
    await load();
    expect(logger.messages('warn')).toEqual([
      fromSnapshot.warnings[0],
      'curation: organisation 4242 of the curation is not in the directory (removed from Bruxelles Social?)',
    ]);
    expect(logger.messages('info')).toEqual([
      'using the recorded snapshot of 2020-09-14, not live data (3 organisations)',
      'showing 2 of 3 organisations',
    ]);
  });

  it('reads a curation given as a function when it loads, and logs what it says', async () => {
    const loader = directoryLoader({
      curation: (log) => {
        log.info('curation: from the CMS record of "hospichild"');
        return Promise.resolve({ organisationIds: [900002] });
      },
      loadDirectory: () => Promise.resolve(fromSnapshot),
    });
    const { entries, logger, load } = fakeContext(loader);
    await load();
    expect([...entries.keys()]).toEqual(['900002']);
    expect(logger.messages('info')[0]).toBe('curation: from the CMS record of "hospichild"');
  });

  it('logs a warning once when the load already logged it', async () => {
    const loader = directoryLoader({
      curation,
      loadDirectory: (options) => {
        options.logger?.warn(fromSnapshot.warnings[0] ?? '');
        return Promise.resolve(fromSnapshot);
      },
    });
    const { logger, load } = fakeContext(loader);
    await load();
    expect(logger.messages('warn')).toEqual(fromSnapshot.warnings);
  });

  it('gives the load a small retry budget and the OPEN_DATA_* options it was given', async () => {
    let received: LoadDirectoryOptions | undefined;
    const loader = directoryLoader({
      curation,
      offline: true,
      baseUrl: 'http://mirror.test/rest',
      loadDirectory: (options) => ((received = options), Promise.resolve(fromSnapshot)),
    });
    await fakeContext(loader).load();
    expect(received).toMatchObject({
      offline: true,
      baseUrl: 'http://mirror.test/rest',
      retries: 1,
      backoffMs: 1_000,
    });
  });

  it('falls back to the snapshot within seconds when the service cannot be reached', async () => {
    const { dir, cleanup } = await temporaryDir();
    try {
      // A closed local port refuses at once, like a failed DNS lookup: the retry budget is the cost.
      const loader = directoryLoader({
        curation,
        baseUrl: 'http://127.0.0.1:9/rest',
        cacheDir: join(dir, 'cache'),
        backoffMs: 10,
      });
      const { entries, logger, load } = fakeContext(loader);
      const started = Date.now();
      await load();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(logger.messages('warn').join('\n')).toMatch(
        /Bruxelles Social is unreachable .*using the recorded snapshot of 2020-09-14/,
      );
      expect(logger.messages('info')).toContain(
        'using the recorded snapshot of 2020-09-14, not live data (301 organisations)',
      );
      expect(entries.has('13219')).toBe(true);
    } finally {
      await cleanup();
    }
  });

  it('fails the build when not even the snapshot can be read', async () => {
    const loader = directoryLoader({
      curation,
      loadDirectory: () => Promise.reject(new Error('The open-data snapshot is missing at /x')),
    });
    await expect(fakeContext(loader).load()).rejects.toThrow(/snapshot is missing/);
  });

  it('refuses an invalid curation with a message naming the field', async () => {
    const loader = directoryLoader({
      curation: { categoryIds: [-1] },
      loadDirectory: () => Promise.resolve(fromSnapshot),
    });
    await expect(fakeContext(loader).load()).rejects.toThrow(
      /Invalid directory curation[\s\S]*categoryIds/,
    );
  });

  it('reads nothing when only types are needed', async () => {
    const loader = directoryLoader({
      curation,
      typesOnly: true,
      loadDirectory: () => Promise.reject(new Error('must not load')),
    });
    await expect(fakeContext(loader).load()).resolves.toBeUndefined();
  });
});
