import { freePort } from '../../../scripts/lib/freePort.ts';

/**
 * Global setup of the `int-mongo` project: a MongoDB wire-protocol server in memory
 * (CongoDB, from `@push.rocks/smartmongo`, patched: see `patches/README.md`) for the
 * integration suite's second run. Only its server is imported: the package's top-level
 * index pulls mongodb-memory-server, which would download a mongod.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const { CongoServer } = await import('@push.rocks/smartmongo/dist_ts/congodb/index.js');
  const port = await freePort();
  const server = new CongoServer({ port, host: '127.0.0.1' });
  await server.start();
  // The emulator is a single server: polling avoids the driver's streaming monitor.
  const url = `mongodb://127.0.0.1:${port}/portals?serverMonitoringMode=poll`;
  // Test workers start after this and inherit the variable.
  process.env.TEST_DATABASE_URL = url;
  return async () => {
    await server.stop();
  };
}
