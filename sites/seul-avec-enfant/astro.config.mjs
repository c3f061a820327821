// @ts-check
import { defineConfig } from 'astro/config';
import { portalAstroConfig } from '@portals/shared/kit/astro';
import { site } from './src/site.config.ts';

// Every route, the languages, the adapter, MDX and the env schema come from the portal kit.
export default defineConfig(portalAstroConfig({ site, root: import.meta.url }));
