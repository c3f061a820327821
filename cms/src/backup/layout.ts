import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The upload folders under `CMS_DATA_DIR` (the `staticDir` of Media and Documents). */
export const uploadFolders = ['media', 'documents'] as const;

/** Where the database goes inside a backup folder. */
export const sqliteBackupFile = 'database.sqlite';
export const mongoBackupDir = 'mongodb';

const manifestFile = 'manifest.json';

const manifestSchema = z.object({
  adapter: z.enum(['sqlite', 'mongodb'], { error: 'adapter must be sqlite or mongodb' }),
  createdAt: z.string(),
  /** Documents per collection (MongoDB) or rows per table (SQLite). */
  counts: z.record(z.string(), z.number()),
  /** Files per upload folder. */
  files: z.record(z.string(), z.number()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** Printed as the work goes: backups of a real database take a while. */
export type Log = (line: string) => void;

export function writeManifest(dir: string, manifest: BackupManifest): void {
  writeFileSync(path.join(dir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Reads a backup's manifest; a folder that is not a backup stops with a readable message. */
export function readManifest(dir: string): BackupManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, manifestFile), 'utf8'));
  } catch (error) {
    throw new Error(
      `${dir} is not a backup: cannot read ${manifestFile} (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${dir}/${manifestFile} is not valid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
