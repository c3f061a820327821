// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { portalAstroConfig } from '@portals/shared/kit/astro';
import { site } from './src/site.config.ts';

// Every route, the languages, the adapter and the env schema come from the portal kit.
export default defineConfig(
  portalAstroConfig({ site, root: import.meta.url, astro: { integrations: [mdx()] } }),
);
