import { cmsDirectoryCuration } from '@portals/shared/cms';
import type { PortalFeature } from '../../kit/contract.ts';
import { t } from '../../i18n/index.ts';
import type { DirectoryCuration } from '../../open-data/DirectoryCuration.ts';
import type { DirectoryEntry } from '../../open-data/directoryEntrySchema.ts';
import { directoryLoader } from '../../open-data/directoryLoader.ts';
import { readOpenDataEnv } from '../../open-data/readOpenDataEnv.ts';
import {
  directoryPath,
  directorySegment,
  type DirectoryFilter,
} from '../../site/directoryPaths.ts';
import { directoryRoutes } from './directoryRoutes.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    directory: DirectoryEntry;
  }
  interface RouteKinds {
    /** The directory of organisations, all of them or those of one commune or category. */
    directory: { filter: DirectoryFilter | null };
    /** One organisation: `/fr/associations/{id}-{slug}/`. */
    organisation: { entry: DirectoryEntry };
  }
}

export interface DirectoryFeatureOptions {
  /** Which organisations it shows when the portal's CMS record has no curation (issue #4). */
  curation: DirectoryCuration;
  /** Where that default is written, named in the build log. @default 'src/directory.config.ts' */
  curationFile?: string;
}

/**
 * A directory of Bruxelles Social organisations (`/fr/associations/`): the list, one page per
 * commune and per category, one per organisation; a menu entry after the sections and a card
 * on the home page. Its `directory` collection comes from the open data (`OPEN_DATA_*`
 * variables), selected by the curation of the portal's CMS record.
 */
export function directoryFeature(options: DirectoryFeatureOptions): PortalFeature {
  return {
    name: 'directory',
    segments: (locale) => [directorySegment[locale]],
    routes: ({ entries, locales }, locale) => directoryRoutes(entries.directory, locales, locale),
    entryPoints: (_context, locale, ui) => {
      const translate = t(locale, ui);
      return [
        {
          title: translate('directory.title'),
          menuTitle: translate('directory.nav'),
          description: translate('directory.homeText'),
          href: directoryPath(locale),
        },
      ];
    },
    describe: (route) =>
      route.kind === 'organisation'
        ? `organisation ${route.entry.organisation.id} of the directory`
        : undefined,
    loaders: {
      directory: ({ portal, cmsUrl, typesOnly }) =>
        directoryLoader({
          ...readOpenDataEnv(),
          curation: cmsDirectoryCuration({
            portal,
            cmsUrl,
            fallback: options.curation,
            fallbackName: options.curationFile ?? 'src/directory.config.ts',
          }),
          typesOnly,
        }),
    },
  };
}
