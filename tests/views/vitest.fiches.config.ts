/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Renders the fiche views with Astro's Container API, until the kit's `views` project
 * (`tests/views/**\/*.view.test.ts`) is on main: `vitest run -c tests/views/vitest.fiches.config.ts`.
 */
export default getViteConfig(
  { test: { name: 'views', include: ['tests/views/fiches/**/*.view.test.ts'] } },
  { logLevel: 'error' },
);
