import { defineConfig } from 'vitest/config';

/**
 * One Vitest project per kind of test, named by file suffix, so `npm test` runs them all
 * and `vitest run --project unit` runs one kind alone.
 */
export default defineConfig({
  test: {
    projects: [
      // Views rendered from fixtures by Astro's container (`*.view.test.ts`), on Astro's Vite.
      'tests/view/vitest.config.ts',
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
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
