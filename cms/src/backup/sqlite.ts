import { copyFileSync, existsSync, rmSync, renameSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { Staged } from './uploads.ts';

/** Payload's own bookkeeping: a migrated but otherwise empty database counts as empty. */
const bookkeeping = new Set(['payload_migrations']);

function tables(db: DatabaseSync): string[] {
  return db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all()
    .map((row) => String(row.name));
}

/** Rows per table of the SQLite file. */
export function sqliteCounts(file: string): Record<string, number> {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return Object.fromEntries(
      tables(db).map((table) => {
        const row = db.prepare(`SELECT count(*) AS n FROM "${table}"`).get();
        return [table, Number(row?.n)];
      }),
    );
  } finally {
    db.close();
  }
}

/** True when the file is absent or holds no row outside Payload's bookkeeping. */
export function sqliteIsEmpty(file: string): boolean {
  if (!existsSync(file)) return true;
  return Object.entries(sqliteCounts(file)).every(
    ([table, n]) => bookkeeping.has(table) || n === 0,
  );
}

/**
 * SQLite's online backup: `VACUUM INTO` writes a consistent copy even while the CMS writes,
 * which copying the file (and its write-ahead log) would not.
 */
export function backupSqlite(file: string, outFile: string): void {
  const db = new DatabaseSync(file);
  try {
    db.exec(`VACUUM INTO '${outFile.replaceAll("'", "''")}'`);
  } finally {
    db.close();
  }
}

/**
 * Copies the backup next to the live file and checks it; `commit` renames it over the live
 * file, so a restore that fails before that leaves the database as it was.
 */
export function stageSqlite(backupFile: string, file: string): Staged {
  const next = `${file}.restoring-${String(process.pid)}`;
  copyFileSync(backupFile, next);
  try {
    const db = new DatabaseSync(next);
    try {
      const check = db.prepare('PRAGMA integrity_check').get();
      if (check?.integrity_check !== 'ok') throw new Error(String(check?.integrity_check));
    } finally {
      db.close();
    }
  } catch (error) {
    rmSync(next, { force: true });
    throw new Error(
      `The backup's database fails SQLite's integrity check: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return {
    commit: () => {
      // A write-ahead log left by the old database would be replayed into the new one.
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
      renameSync(next, file);
    },
    abort: () => rmSync(next, { force: true }),
  };
}
