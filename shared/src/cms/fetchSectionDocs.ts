import { collectionSlugs } from '@portals/content-models';
import { readableUrl } from './CmsError.ts';
import { selectFields } from './encodeQuery.ts';
import type { CmsReadOptions } from './fetchArticleDocs.ts';
import { fetchAllPages } from './fetchAllPages.ts';
import { parseDocs } from './parseDocs.ts';
import { sectionDocSchema, sectionFields, type SectionDoc } from './sectionDocSchema.ts';

/** The REST path and query that read a portal's navigation sections in every language. */
export function sectionsRequest(portal: string) {
  return {
    path: `/api/${collectionSlugs.sections}`,
    query: {
      locale: 'all',
      depth: 0,
      sort: 'id',
      // Sections have no drafts: every stored section is live.
      where: { portal: { equals: portal } },
      select: selectFields(sectionFields),
      // The `articles` join (a section's placements) is for the admin; the sites list
      // articles from their own `sections` field.
      joins: false,
    },
  };
}

/** Reads all sections of a portal, validated. */
export async function fetchSectionDocs(options: CmsReadOptions): Promise<SectionDoc[]> {
  const request = sectionsRequest(options.portal);
  const docs = await fetchAllPages({ ...options, ...request });
  return parseDocs(sectionDocSchema, docs, {
    collection: collectionSlugs.sections,
    url: readableUrl(new URL(request.path, options.cmsUrl)),
  });
}
