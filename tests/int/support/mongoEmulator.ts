import type { TestProject } from 'vitest/node';
import { freePort } from '../../../scripts/lib/freePort.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The emulator's URL, for the `int-mongo` project's workers (`useMongoEmulator.ts`). */
    mongoEmulatorUrl: string;
  }
}

export interface MongoEmulator {
  /** A `mongodb://` URL of a database on the emulator. */
  url: string;
  stop: () => Promise<void>;
}

/**
 * A MongoDB wire-protocol server in memory (CongoDB, from `@push.rocks/smartmongo`, patched:
 * see `patches/README.md`) on a free port. Only its server is imported: the package's
 * top-level index pulls mongodb-memory-server, which would download a mongod.
 */
export async function startMongoEmulator(database = 'portals'): Promise<MongoEmulator> {
  const { CongoServer } = await import('@push.rocks/smartmongo/dist_ts/congodb/index.js');
  const port = await freePort();
  const server = new CongoServer({ port, host: '127.0.0.1' });
  await server.start();
  // The emulator is a single server: polling avoids the driver's streaming monitor.
  const url = `mongodb://127.0.0.1:${port}/${database}?serverMonitoringMode=poll`;
  return { url, stop: () => server.stop() };
}

/**
 * Global setup of the `int-mongo` project: the integration suite's second run. The URL is
 * provided to that project's workers only: setting `TEST_DATABASE_URL` here would leak into
 * the main process and so into every other project's workers (the SQLite run included).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const emulator = await startMongoEmulator();
  project.provide('mongoEmulatorUrl', emulator.url);
  return emulator.stop;
}
