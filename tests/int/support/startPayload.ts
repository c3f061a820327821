import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Migration, Payload } from 'payload';

export interface TestPayload {
  payload: Payload;
  /** Closes the database and deletes the throwaway folder. */
  stop: () => Promise<void>;
}

/**
 * Boots the real CMS configuration on a throwaway SQLite file, schema from the committed
 * migrations: the same path `npm start` takes, nothing mocked.
 */
export async function startPayload(): Promise<TestPayload> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portals-int-'));
  process.env.CMS_DATA_DIR = dataDir;
  process.env.DATABASE_URL = `file:${path.join(dataDir, 'test.db')}`;
  // A fresh secret per run: nothing signed here outlives the test.
  const secret = randomBytes(24).toString('hex');
  process.env.PAYLOAD_SECRET = secret;
  // No portal rebuilds unless a test asks for them: they would build the real sites.
  process.env.CMS_PUBLISH_PORTALS ??= 'none';
  // The config reads the environment when first imported, hence the dynamic imports.
  const { getPayload } = await import('payload');
  const { default: config } = await import('@portals/cms/config');
  const { migrations } = await import('@portals/cms/migrations');
  // onInit reads tables the migrations below create; production migrates before it starts.
  const payload = await getPayload({ config, disableOnInit: true });
  // The generated migration list is typed for SQLite's arguments; the adapter passes them.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] });
  return {
    payload,
    stop: async () => {
      await payload.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
