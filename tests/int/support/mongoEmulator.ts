import { freePort } from '../../../scripts/lib/freePort.ts';

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

/** Global setup of the `int-mongo` project: the integration suite's second run. */
export default async function setup(): Promise<() => Promise<void>> {
  const emulator = await startMongoEmulator();
  // Test workers start after this and inherit the variable.
  process.env.TEST_DATABASE_URL = emulator.url;
  return emulator.stop;
}
