import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { indexLocalizedParents } from './indexLocalizedParents.ts';

const srcDir = path.dirname(fileURLToPath(import.meta.url));
/** Each adapter has its own migrations: the SQLite ones are SQL and would fail on MongoDB. */
export const migrationDirs = {
  sqlite: path.join(srcDir, 'migrations'),
  mongodb: path.join(srcDir, 'migrations-mongodb'),
} as const;

/** True when `url` selects the MongoDB adapter. */
export function isMongoUrl(url: string): boolean {
  return url.startsWith('mongodb://') || url.startsWith('mongodb+srv://');
}

/** Seconds a wrong MongoDB address may take to fail, instead of the driver's 30. */
const mongoSelectionTimeoutMs = 5_000;

/** Hides the password of a connection URL so it can be printed. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Picks the database adapter from `DATABASE_URL`: SQLite for `file:`, MongoDB otherwise. */
export function databaseAdapter(url: string): DatabaseAdapterObj {
  if (isMongoUrl(url)) {
    return withClearConnectError(
      mongooseAdapter({
        url,
        migrationDir: migrationDirs.mongodb,
        connectOptions: { serverSelectionTimeoutMS: mongoSelectionTimeoutMs },
      }),
      url,
    );
  }
  const file = url.replace(/^file:/, '');
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return sqliteAdapter({
    client: { url },
    migrationDir: migrationDirs.sqlite,
    // The schema only changes through committed migrations: `next start` on a fresh
    // database then works, and dev and production never disagree about tables.
    push: false,
    afterSchemaInit: [indexLocalizedParents],
  });
}

function withClearConnectError(adapter: DatabaseAdapterObj, url: string): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args);
      const connect = instance.connect?.bind(instance);
      if (connect) {
        instance.connect = async (options) => {
          try {
            await connect(options);
          } catch (error) {
            throw new Error(
              `Cannot reach MongoDB at ${redactUrl(url)} within ${mongoSelectionTimeoutMs / 1000} s. ` +
                'Check DATABASE_URL (host, port, credentials, replica set name) and that the server is running. ' +
                `Cause: ${(error as Error).message}`,
              { cause: error },
            );
          }
        };
      }
      return instance;
    },
  };
}
