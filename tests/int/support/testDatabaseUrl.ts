import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The database a test file runs on: a throwaway SQLite file in `dataDir`, or, when
 * `TEST_DATABASE_URL` names a MongoDB server, a database of its own on that server
 * (same host, options and credentials), so files never see each other's documents.
 */
export function testDatabaseUrl(dataDir: string, base = process.env.TEST_DATABASE_URL): string {
  // SQLite needs no server: a fresh file per test file, whatever TEST_DATABASE_URL says.
  if (!base || !/^mongodb(\+srv)?:\/\//.test(base)) return `file:${path.join(dataDir, 'test.db')}`;
  // Not `new URL`: a replica set's address lists several hosts, which URL rejects.
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(base);
  if (!match) throw new Error(`TEST_DATABASE_URL is not a MongoDB address: ${base}`);
  return `${match[1] ?? ''}/portals_int_${randomBytes(4).toString('hex')}${match[2] ?? ''}`;
}
