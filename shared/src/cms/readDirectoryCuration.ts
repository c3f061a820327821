import { collectionSlugs } from '@portals/content-models';
import type { DirectoryCuration } from '../open-data/DirectoryCuration.ts';
import type { Logger } from '../open-data/logger.ts';
import { CmsError, readableUrl } from './CmsError.ts';
import { fetchAllPages, type FetchAllPagesOptions } from './fetchAllPages.ts';
import { toDirectoryCuration, type CmsDirectoryGroup } from './toDirectoryCuration.ts';

export type CurationReadOptions = Pick<FetchAllPagesOptions, 'cmsUrl' | 'fetch'> & {
  /** The portal whose record is read, e.g. `hospichild`. */
  portal: string;
};

/**
 * The directory curation of a portal's record in the CMS (public read, every locale), or
 * null when there is no record or it selects nothing. An unreachable CMS or an invalid
 * curation throws: the build fails as it would for the articles.
 */
export async function readDirectoryCuration(
  options: CurationReadOptions,
): Promise<DirectoryCuration | null> {
  const path = `/api/${collectionSlugs.portals}`;
  const docs = await fetchAllPages({
    ...options,
    path,
    limit: 1,
    query: {
      locale: 'all',
      depth: 0,
      where: { portal: { equals: options.portal } },
      select: { directory: true },
    },
  });
  const record = docs[0] as { directory?: CmsDirectoryGroup | null } | undefined;
  try {
    return toDirectoryCuration(record?.directory);
  } catch (cause) {
    const url = readableUrl(new URL(path, options.cmsUrl));
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new CmsError(
      `The directory curation of "${options.portal}" in the CMS is invalid (${url}): ${reason}`,
      url,
      { cause },
    );
  }
}

/**
 * The curation a build uses: the CMS's, else the site's default, saying which in the build
 * log. For `directoryLoader({ curation })`, which calls it when it loads.
 */
export function cmsDirectoryCuration(
  options: CurationReadOptions & { fallback: DirectoryCuration; fallbackName: string },
): (logger: Logger) => Promise<DirectoryCuration> {
  return async (logger) => {
    const fromCms = await readDirectoryCuration(options);
    if (fromCms) {
      logger.info(`curation: from the CMS record of "${options.portal}"`);
      return fromCms;
    }
    logger.info(
      `curation: the CMS has none for "${options.portal}"; using the site's default (${options.fallbackName})`,
    );
    return options.fallback;
  };
}
