import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isMongoUrl } from '../database.ts';
import {
  mongoBackupDir,
  sqliteBackupFile,
  writeManifest,
  type BackupManifest,
  type Log,
} from './layout.ts';
import { backupMongo, connectMongo } from './mongo.ts';
import { backupSqlite, sqliteCounts } from './sqlite.ts';
import { backupUploads } from './uploads.ts';

export interface BackupOptions {
  databaseUrl: string;
  /** `CMS_DATA_DIR`: the upload folders are read there. */
  dataDir: string;
  /** A new or empty folder. */
  outDir: string;
  log: Log;
}

/** The database (SQLite file or every MongoDB collection) and the upload folders, into `outDir`. */
export async function backup({
  databaseUrl,
  dataDir,
  outDir,
  log,
}: BackupOptions): Promise<BackupManifest> {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    throw new Error(`Backup refused: ${outDir} is not empty. Give a new folder.`);
  }
  mkdirSync(outDir, { recursive: true });
  const createdAt = new Date().toISOString();
  let manifest: BackupManifest;
  if (isMongoUrl(databaseUrl)) {
    log('Database (MongoDB, every collection as Extended JSON):');
    const { client, db } = await connectMongo(databaseUrl);
    try {
      const counts = await backupMongo(db, path.join(outDir, mongoBackupDir), log);
      manifest = { adapter: 'mongodb', createdAt, counts, files: {} };
    } finally {
      await client.close();
    }
  } else {
    const file = databaseUrl.replace(/^file:/, '');
    if (!existsSync(file)) throw new Error(`Backup refused: no SQLite database at ${file}.`);
    log('Database (SQLite, online copy with VACUUM INTO):');
    const outFile = path.join(outDir, sqliteBackupFile);
    backupSqlite(file, outFile);
    const counts = sqliteCounts(outFile);
    log(`  ${String(Object.keys(counts).length)} tables`);
    manifest = { adapter: 'sqlite', createdAt, counts, files: {} };
  }
  log('Uploads:');
  manifest.files = backupUploads(dataDir, outDir, log);
  writeManifest(outDir, manifest);
  log(`Backup written to ${outDir}`);
  return manifest;
}
