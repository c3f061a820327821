import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The database a test file runs on: a throwaway SQLite file in `dataDir`, or, when
 * `TEST_DATABASE_URL` names a MongoDB server, a database of its own on that server
 * (same host, options and credentials), so files never see each other's documents.
 */
export function testDatabaseUrl(dataDir: string, base = process.env.TEST_DATABASE_URL): string {
  if (!base) return `file:${path.join(dataDir, 'test.db')}`;
  if (base.startsWith('file:')) return base;
  const url = new URL(base);
  url.pathname = `/portals_int_${randomBytes(4).toString('hex')}`;
  return url.toString();
}
