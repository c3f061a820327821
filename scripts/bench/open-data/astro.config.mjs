// @ts-check
import { defineConfig } from 'astro/config';
import { defaultLocale, portals } from '@portals/content-models';

const portal = portals.hospichild;

/**
 * The open-data half of `npm run bench`: Hospichild's organisation page component over the
 * normalised organisations the benchmark writes to BENCH_DIRECTORY_FILE.
 */
export default defineConfig({
  site: `http://localhost:${portal.localPort}`,
  output: 'static',
  i18n: {
    locales: [...portal.locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // A page whose `cacheKey` and module graph are unchanged is copied from the previous build.
  experimental: { incrementalBuild: true },
});
