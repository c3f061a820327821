import process from 'node:process';
import { CMS_URL } from 'astro:env/server';
import { portalCollections } from '@portals/shared/kit';
import { site } from './site.config.ts';

// Every collection the site's features read; `npm run check` (SITE_TYPES_ONLY=1) reads none.
export const collections = portalCollections(site, {
  cmsUrl: CMS_URL,
  typesOnly: process.env.SITE_TYPES_ONLY === '1',
});
