import process from 'node:process';
import { defineCollection } from 'astro:content';
import { CMS_URL } from 'astro:env/server';
import { cmsLoader } from '@portals/shared/cms';
import { directoryLoader, readOpenDataEnv } from '@portals/shared/open-data';
import { directoryCuration } from './directory.config.ts';
import { site } from './site.config.ts';

// `npm run check` sets SITE_TYPES_ONLY=1: type-checking needs no running CMS.
const source = {
  portal: site.portal.id,
  cmsUrl: CMS_URL,
  typesOnly: process.env.SITE_TYPES_ONLY === '1',
};

/**
 * Published articles and the navigation tree of this portal, read from the CMS at build time,
 * and the organisations of its directory, from Bruxelles Social (`OPEN_DATA_*` variables).
 */
export const collections = {
  articles: defineCollection({ loader: cmsLoader({ ...source, collection: 'articles' }) }),
  sections: defineCollection({ loader: cmsLoader({ ...source, collection: 'sections' }) }),
  directory: defineCollection({
    loader: directoryLoader({
      ...readOpenDataEnv(),
      curation: directoryCuration,
      typesOnly: source.typesOnly,
    }),
  }),
};
