import { defineConfig } from 'vitest/config';

/**
 * One Vitest project per kind of test, named by file suffix, so `npm test` runs them all
 * and `vitest run --project unit` runs one kind alone.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.unit.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/**/*.int.test.ts'],
          // Each file boots Payload on its own throwaway SQLite database.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // The same suite again on MongoDB's wire protocol (an in-memory emulator), so the
          // production adapter is exercised on every run. Against a real replica set instead:
          // `TEST_DATABASE_URL=mongodb://… npm run test:int`.
          name: 'int-mongo',
          include: ['tests/int/**/*.int.test.ts'],
          // `mongoUnreachable` needs no database at all; the security files replay their
          // findings over HTTP on a production CMS that always runs on SQLite: the first run
          // covers them.
          exclude: ['tests/int/mongoUnreachable.int.test.ts', 'tests/int/security/**'],
          globalSetup: ['tests/int/support/mongoEmulator.ts'],
          setupFiles: ['tests/int/support/useMongoEmulator.ts'],
          testTimeout: 60_000,
          // Payload's start-up builds every index on the emulator: slower than SQLite's.
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      // Astro components rendered from fixtures (Container API); needs Astro's Vite plugins.
      'tests/views/vitest.config.ts',
    ],
  },
});
