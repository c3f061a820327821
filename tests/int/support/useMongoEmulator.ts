import { inject } from 'vitest';

// Setup file of the `int-mongo` project: runs in each of its workers before the test file, so
// `startPayload` (`testDatabaseUrl`) puts that file's database on the emulator.
process.env.TEST_DATABASE_URL = inject('mongoEmulatorUrl');
