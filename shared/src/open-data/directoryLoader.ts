import type { Loader } from 'astro/loaders';
import { curateOrganisations } from './curateOrganisations.ts';
import { parseDirectoryCuration, type DirectoryCuration } from './DirectoryCuration.ts';
import { directoryEntrySchema, type DirectoryEntry } from './directoryEntrySchema.ts';
import { loadDirectory, type LoadDirectoryOptions, type LoadedDirectory } from './loadDirectory.ts';
import type { Logger } from './logger.ts';

export interface DirectoryLoaderOptions {
  /**
   * Which organisations the portal shows, or how to read it when the build loads (from the
   * CMS: `cmsDirectoryCuration`). Checked again at load either way.
   */
  curation: DirectoryCuration | ((logger: Logger) => Promise<DirectoryCuration>);
  /** Read the recorded snapshot only. @default OPEN_DATA_OFFLINE=1 */
  offline?: boolean | undefined;
  /** @default OPEN_DATA_BASE_URL, else https://social.brussels/rest */
  baseUrl?: string | undefined;
  /** @default OPEN_DATA_CACHE_DIR, else <repo>/.cache/open-data */
  cacheDir?: string | undefined;
  /** Per attempt: the full list is a few megabytes. @default 30_000 */
  timeoutMs?: number;
  /**
   * Extra attempts. A build must not wait long on a service that is down: the last good copy
   * is a fine answer, and the next build tries again. @default 1
   */
  retries?: number;
  /** @default 1_000 */
  backoffMs?: number;
  /** Read nothing, for `astro check` (see `cmsLoader`). @default false */
  typesOnly?: boolean;
  /** Injected in tests. @default loadDirectory */
  loadDirectory?: (options: LoadDirectoryOptions) => Promise<LoadedDirectory>;
}

/**
 * Astro content-layer loader for a portal's directory: one entry per organisation the curation
 * selects. The service being down never fails the build (the cache or the snapshot stands
 * in, and the build log says which and why); an unreadable snapshot does.
 */
export function directoryLoader(
  options: DirectoryLoaderOptions,
): Loader & { schema: typeof directoryEntrySchema } {
  return {
    name: 'portals-open-data-directory',
    schema: directoryEntrySchema,
    load: async (context) => {
      const { store, logger, meta } = context;
      if (options.typesOnly) {
        logger.info('types only: the directory is not loaded');
        return;
      }
      // Every warning once: as it happens when the loader logs it, else from the result.
      const logged = new Set<string>();
      const relay: Logger = {
        info: (message) => logger.info(message),
        warn: (message) => {
          logged.add(message);
          logger.warn(message);
        },
      };
      const curation = parseDirectoryCuration(
        typeof options.curation === 'function' ? await options.curation(relay) : options.curation,
      );
      const directory = await (options.loadDirectory ?? loadDirectory)({
        offline: options.offline,
        baseUrl: options.baseUrl,
        cacheDir: options.cacheDir,
        timeoutMs: options.timeoutMs ?? 30_000,
        retries: options.retries ?? 1,
        backoffMs: options.backoffMs ?? 1_000,
        logger: relay,
      });
      for (const warning of directory.warnings) if (!logged.has(warning)) logger.warn(warning);
      logger.info(describeSource(directory));

      const curated = curateOrganisations(directory.organisations, curation);
      for (const warning of curated.warnings) logger.warn(`curation: ${warning}`);
      store.clear();
      for (const { organisation, note } of curated.entries) {
        const entry: DirectoryEntry = {
          organisation,
          note,
          source: directory.source,
          fetchedAt: directory.fetchedAt,
        };
        const id = String(organisation.id);
        const data = await context.parseData({ id, data: { ...entry } });
        store.set({ id, data, digest: context.generateDigest(data) });
      }
      meta.set('source', directory.source);
      meta.set('fetchedAt', directory.fetchedAt);
      logger.info(
        `showing ${curated.entries.length} of ${directory.organisations.length} organisations`,
      );
    },
  };
}

/** "using the recorded snapshot of 2020-09-14 (301 organisations)": the first line to read. */
export function describeSource({ source, fetchedAt, organisations }: LoadedDirectory): string {
  const day = fetchedAt.slice(0, 10);
  const what = {
    live: `live data from Bruxelles Social, fetched ${fetchedAt}`,
    cache: `the cached answer of Bruxelles Social of ${day}, not live data`,
    snapshot: `the recorded snapshot of ${day}, not live data`,
  }[source];
  return `using ${what} (${organisations.length} organisations)`;
}
