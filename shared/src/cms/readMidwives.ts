import { collectionSlugs, publishedWhere } from '@portals/content-models';
import { readableUrl } from './CmsError.ts';
import { selectFields } from './encodeQuery.ts';
import { fetchAllPages, type FetchAllPagesOptions } from './fetchAllPages.ts';
import { midwifeDocSchema, midwifeFields, type SiteMidwife } from './midwifeDocSchema.ts';
import { parseDocs } from './parseDocs.ts';

export type MidwivesReadOptions = Pick<FetchAllPagesOptions, 'cmsUrl' | 'fetch' | 'limit'> & {
  /** The portal whose midwives are read, e.g. `born-in-brussels`. */
  portal: string;
};

/**
 * The published midwives of a portal, by name, validated. Drafts are excluded by the query
 * as well as by the access rule (payload#14750, as for articles).
 */
export async function readMidwives(options: MidwivesReadOptions): Promise<SiteMidwife[]> {
  const path = `/api/${collectionSlugs.midwives}`;
  const docs = await fetchAllPages({
    ...options,
    path,
    query: {
      locale: 'all',
      depth: 0,
      sort: 'name',
      where: { and: [publishedWhere, { portals: { in: options.portal } }] },
      select: selectFields(midwifeFields),
    },
  });
  return parseDocs(midwifeDocSchema, docs, {
    collection: collectionSlugs.midwives,
    url: readableUrl(new URL(path, options.cmsUrl)),
  });
}
