import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Migration, Payload } from 'payload';
import { testDatabaseUrl } from './testDatabaseUrl.ts';

export interface TestPayload {
  payload: Payload;
  /** Closes the database (dropping it on MongoDB) and deletes the throwaway folder. */
  stop: () => Promise<void>;
}

/** True when the suite runs on MongoDB (`TEST_DATABASE_URL=mongodb://…`) rather than SQLite. */
export const onMongo = /^mongodb(\+srv)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '');

/**
 * Boots the real CMS configuration on a throwaway database, schema from the committed
 * migrations: the same path `npm start` takes, nothing mocked. SQLite by default; the
 * database of its own on `TEST_DATABASE_URL` when that is set.
 */
export async function startPayload(): Promise<TestPayload> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portals-int-'));
  process.env.CMS_DATA_DIR = dataDir;
  process.env.DATABASE_URL = testDatabaseUrl(dataDir);
  // A fresh secret per run: nothing signed here outlives the test.
  const secret = randomBytes(24).toString('hex');
  process.env.PAYLOAD_SECRET = secret;
  // No portal rebuilds unless a test asks for them: they would build the real sites.
  process.env.CMS_PUBLISH_PORTALS ??= 'none';
  // The config reads the environment when first imported, hence the dynamic imports.
  const { getPayload } = await import('payload');
  const { default: config } = await import('@portals/cms/config');
  const { migrations } = onMongo
    ? await import('@portals/cms/migrations-mongodb')
    : await import('@portals/cms/migrations');
  // onInit reads tables the migrations below create; production migrates before it starts.
  const payload = await getPayload({ config, disableOnInit: true });
  // The generated migration list is typed for SQLite's arguments; the adapter passes them.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] });
  return {
    payload,
    stop: async () => {
      if (onMongo) await dropDatabase(payload);
      await payload.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function dropDatabase(payload: Payload): Promise<void> {
  const { connection } = payload.db as unknown as {
    connection: { dropDatabase: () => Promise<unknown> };
  };
  await connection.dropDatabase();
}
