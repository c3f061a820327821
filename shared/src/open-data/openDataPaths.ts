import { fileURLToPath } from 'node:url';

/** The recorded snapshot shipped with the package, used offline and as the last resort. */
export const defaultSnapshotFile = fileURLToPath(
  new URL('./snapshot/organisations.json', import.meta.url),
);

/** The recorded lookup tables, one file per endpoint. */
export const defaultLookupsDir = fileURLToPath(new URL('./snapshot/lookups/', import.meta.url));

/** `.cache/` at the repository root, which git ignores. */
export const defaultCacheDir = fileURLToPath(
  new URL('../../../.cache/open-data/', import.meta.url),
);

/** The file of the last good live answer inside a cache folder. */
export const cacheFileName = 'organisations.json';
