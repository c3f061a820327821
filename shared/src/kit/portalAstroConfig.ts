import process from 'node:process';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import type { AstroUserConfig } from 'astro';
import { envField } from 'astro/config';
import { loadEnv } from 'vite';
import { defaultLocale } from '@portals/content-models';
import type { SiteConfig } from '../site/defineSiteConfig.ts';
import { cmsImageConfig } from '../site/cmsImageConfig.ts';
import { portalKit } from './portalKit.ts';

export interface PortalAstroConfigOptions {
  site: SiteConfig;
  /** The site folder: pass `import.meta.url` of its `astro.config.mjs`. */
  root: string | URL;
  /** The module exporting `site`, relative to the root. @default './src/site.config.ts' */
  siteConfigFile?: string;
  /** More Astro configuration, merged over the kit's (e.g. `integrations`). */
  astro?: AstroUserConfig;
}

/**
 * The whole Astro configuration of a portal, from its site configuration: what every portal
 * shares (languages, output, adapter, env schema, the kit's routes) set once here.
 */
export function portalAstroConfig(options: PortalAstroConfigOptions): AstroUserConfig {
  const { site } = options;
  const { portal } = site;
  const root = new URL('./', options.root);
  const localUrl = `http://localhost:${portal.localPort}`;
  // `site` is needed before Astro reads its env schema, so SITE_URL is read here too (from
  // the environment or a .env file) and checked to be a URL.
  const env = loadEnv(process.env.NODE_ENV ?? 'production', fileURLToPath(root), ['SITE_', 'CMS_']);
  const siteUrl = new URL(env.SITE_URL ?? localUrl).href;
  // Images in bodies are fetched from the CMS and resized by sharp at build: that host only.
  const cmsUrl = new URL(env.CMS_URL ?? 'http://localhost:3000').href;
  return {
    site: siteUrl,
    // Every page is prerendered except the draft preview, rendered on request by the static
    // server through this adapter: the build writes the site to `<outDir>/client` (what a plain
    // web server serves) and the preview handler to `<outDir>/server`.
    output: 'static',
    adapter: node({ mode: 'middleware' }),
    // No sessions: the portals set no cookies (the adapter would otherwise enable them).
    session: false,
    // Where `npm run build` stages a release (see scripts/lib/buildSite.ts). Keeping every
    // command on the same outDir keeps Astro's content cache: a changed outDir clears it.
    outDir: './.releases/.staging',
    server: { port: portal.localPort },
    image: cmsImageConfig(cmsUrl),
    i18n: {
      locales: [...portal.locales],
      defaultLocale,
      // Every page lives under /fr/ or /nl/; the root is the bilingual language chooser.
      routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
    },
    // Pages whose cache key and code are unchanged are copied from the previous build
    // (see kit/pageCacheKey.ts). Astro keeps the copies in `node_modules/.astro`.
    experimental: { incrementalBuild: true, ...options.astro?.experimental },
    // The outDir is not emptied: a publication builds into an empty staging folder, or one a
    // publisher filled with the live pages, which Astro then leaves in place instead of copying
    // them again (scripts/lib/preparedStaging.ts).
    vite: { build: { emptyOutDir: false } },
    ...options.astro,
    integrations: [
      portalKit({
        site,
        root,
        siteConfigFile: new URL(options.siteConfigFile ?? './src/site.config.ts', root),
      }),
      // The footer pages every portal has are MDX (shared/src/features/pages/content/).
      mdx(),
      ...(options.astro?.integrations ?? []),
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
          default: localUrl,
        }),
      },
    },
  };
}
