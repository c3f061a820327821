import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { isMongoUrl } from '../database.ts';
import { mongoBackupDir, readManifest, sqliteBackupFile, type Log } from './layout.ts';
import { connectMongo, mongoIsEmpty, stageMongo } from './mongo.ts';
import { sqliteIsEmpty, stageSqlite } from './sqlite.ts';
import { stageUploads, type Staged } from './uploads.ts';

export interface RestoreOptions {
  databaseUrl: string;
  /** `CMS_DATA_DIR`: the upload folders are replaced there. */
  dataDir: string;
  /** A folder written by `backup`. */
  fromDir: string;
  /** Replace a database that already holds content. */
  force: boolean;
  log: Log;
}

const refusal = (where: string) =>
  `Restore refused: ${where} already holds content. Restore into an empty database, or add --force to replace it.`;

/**
 * Puts a backup back, the CMS stopped. Everything is first written aside (a copy of the SQLite
 * file, staging collections on MongoDB, upload folders next to the live ones) and swapped in
 * only once all of it succeeded: a restore that fails leaves the database and files as they were.
 */
export async function restore({
  databaseUrl,
  dataDir,
  fromDir,
  force,
  log,
}: RestoreOptions): Promise<void> {
  const manifest = readManifest(fromDir);
  const adapter = isMongoUrl(databaseUrl) ? 'mongodb' : 'sqlite';
  if (manifest.adapter !== adapter) {
    throw new Error(
      `Restore refused: the backup is of a ${manifest.adapter} database and DATABASE_URL names a ${adapter} one.`,
    );
  }
  const staged: Staged[] = [];
  const mongo = adapter === 'mongodb' ? await connectMongo(databaseUrl) : undefined;
  try {
    if (mongo) {
      if (!force && !(await mongoIsEmpty(mongo.db)))
        throw new Error(refusal('the MongoDB database'));
      log('Database (MongoDB): writing staging collections');
      staged.push(await stageMongo(mongo.db, path.join(fromDir, mongoBackupDir), log));
    } else {
      const file = databaseUrl.replace(/^file:/, '');
      if (!force && !sqliteIsEmpty(file)) throw new Error(refusal(file));
      log('Database (SQLite): copying and checking the backup');
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      staged.push(stageSqlite(path.join(fromDir, sqliteBackupFile), file));
    }
    log('Uploads:');
    staged.push(stageUploads(fromDir, dataDir, log));
  } catch (error) {
    for (const step of staged) await step.abort();
    await mongo?.client.close();
    throw error;
  }
  try {
    log('Swapping the restored data in');
    for (const step of staged) await step.commit();
  } finally {
    await mongo?.client.close();
  }
  log(`Restored ${fromDir} (backup of ${manifest.createdAt})`);
}
