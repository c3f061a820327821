import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * A recorded copy of `/rest/search/organisation/*`: the raw records as the service sent them,
 * with when and where they came from. The snapshot and the on-disk cache share this format,
 * so either can stand in for the other.
 */
export const DirectoryCopySchema = z.object({
  /** The URL the records were fetched from. */
  source: z.string(),
  /** ISO timestamp of the fetch (or of the newest real capture, for the generated snapshot). */
  fetchedAt: z.iso.datetime(),
  /** What the copy holds, for a human opening the file. */
  note: z.string().optional(),
  records: z.array(z.unknown()),
});

export type DirectoryCopy = z.infer<typeof DirectoryCopySchema>;

/** Reads a copy; undefined when the file does not exist, an error naming the file when corrupt. */
export async function readDirectoryCopy(file: string): Promise<DirectoryCopy | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = DirectoryCopySchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`${file} is not a directory copy:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Writes through a temporary file and a rename, which is atomic on one file system: a build
 * killed half-way leaves the previous good copy, never a truncated one.
 */
export async function writeJsonAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function writeDirectoryCopy(file: string, copy: DirectoryCopy): Promise<void> {
  await writeJsonAtomically(file, serialiseDirectoryCopy(copy));
}

/** One record per line: a refresh then shows in `git diff` as one line per changed organisation. */
export function serialiseDirectoryCopy(copy: DirectoryCopy): string {
  const { records, ...meta } = copy;
  const header = Object.entries(meta)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  const lines = records.map((record) => `    ${JSON.stringify(record)}`).join(',\n');
  const body = records.length === 0 ? ['  "records": []'] : ['  "records": [', lines, '  ]'];
  return ['{', ...header, ...body, '}', ''].join('\n');
}
