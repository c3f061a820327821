// @ts-check
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { defineConfig, envField } from 'astro/config';
import { loadEnv } from 'vite';
import { defaultLocale, portals } from '@portals/content-models';
import { portalIntegration } from '@portals/shared/site';

const portal = portals.hospichild;
// `site` is needed before Astro reads its env schema, so SITE_URL is read here too
// (from the environment or a .env file) and checked to be a URL.
const { SITE_URL = 'http://localhost:4321' } = loadEnv(
  process.env.NODE_ENV ?? 'production',
  process.cwd(),
  'SITE_',
);
const site = new URL(SITE_URL).href;

export default defineConfig({
  site,
  // Every page is prerendered except the draft preview (src/pages/[locale]/preview/), rendered on
  // request by the static server through this adapter: the build writes the site to
  // `<outDir>/client` (what a plain web server serves) and the preview handler to `<outDir>/server`.
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  // No sessions: the portals set no cookies (the adapter would otherwise enable them).
  session: false,
  // Where `npm run build` stages a release (see scripts/lib/buildSite.ts). Keeping every
  // command on the same outDir keeps Astro's content cache: a changed outDir clears it.
  outDir: './.releases/.staging',
  i18n: {
    locales: [...portal.locales],
    defaultLocale,
    // Every page lives under /fr/ or /nl/; the root is the bilingual language chooser.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    portalIntegration({
      locales: portal.locales,
      themeCss: fileURLToPath(new URL('./src/theme.css', import.meta.url)),
    }),
  ],
  env: {
    schema: {
      CMS_URL: envField.string({
        context: 'server',
        access: 'public',
        url: true,
        default: 'http://localhost:3000',
      }),
      SITE_URL: envField.string({
        context: 'server',
        access: 'public',
        url: true,
        default: 'http://localhost:4321',
      }),
    },
  },
});
