import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultLookupsDir } from './openDataPaths.ts';
import {
  lookupEndpoints,
  lookupNames,
  type LookupName,
  type Lookups,
} from './schemas/lookupEndpoints.ts';

/** Reads and validates one recorded lookup table. @default dir the snapshot's `lookups/` */
export async function readLookup<K extends LookupName>(
  name: K,
  dir = defaultLookupsDir,
): Promise<Lookups[K]> {
  const { file, schema } = lookupEndpoints[name];
  const path = join(dir, file);
  const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`${path} does not match the ${name} schema:\n${z.prettifyError(parsed.error)}`);
  return parsed.data as Lookups[K];
}

/** Reads every recorded lookup table, for offline builds and for labelling categories. */
export async function readLookups(dir = defaultLookupsDir): Promise<Lookups> {
  const tables = await Promise.all(lookupNames.map((name) => readLookup(name, dir)));
  return Object.fromEntries(lookupNames.map((name, i) => [name, tables[i]])) as Lookups;
}
