import process from 'node:process';
import { defineCollection } from 'astro:content';
import { CMS_URL } from 'astro:env/server';
import { cmsDirectoryCuration, cmsLoader } from '@portals/shared/cms';
import { articleKind, sectionKind } from '@portals/shared/kit';
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
 * and the organisations of its directory, from Bruxelles Social (`OPEN_DATA_*` variables),
 * selected by the curation of the portal's CMS record.
 */
export const collections = {
  articles: defineCollection({ loader: cmsLoader({ ...source, kind: articleKind }) }),
  sections: defineCollection({ loader: cmsLoader({ ...source, kind: sectionKind }) }),
  directory: defineCollection({
    loader: directoryLoader({
      ...readOpenDataEnv(),
      // The CMS's curation of this portal; without one, the site's default, said in the log.
      curation: cmsDirectoryCuration({
        ...source,
        fallback: directoryCuration,
        fallbackName: 'src/directory.config.ts',
      }),
      typesOnly: source.typesOnly,
    }),
  }),
};
