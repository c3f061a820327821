import { collectionSlugs } from '@portals/content-models';
import { readableUrl } from './CmsError.ts';
import { selectFields } from './encodeQuery.ts';
import {
  fetchDocs,
  fetchDocVersions,
  idsWhere,
  type CmsReadOptions,
  type CmsRequest,
  type DocVersion,
} from './fetchDocs.ts';
import { parseDocs } from './parseDocs.ts';
import { sectionDocSchema, sectionFields, type SectionDoc } from './sectionDocSchema.ts';

const path = `/api/${collectionSlugs.sections}`;

/** A portal's sections. Sections have no drafts: every stored section is live. */
function sectionsWhere(portal: string, ids?: readonly string[]) {
  const onPortal = { portal: { equals: portal } };
  return ids ? { and: [onPortal, idsWhere(ids)] } : onPortal;
}

/** The REST path and query that read a portal's navigation sections (or some of them) in every language. */
export function sectionsRequest(portal: string, ids?: readonly string[]): CmsRequest {
  return {
    path,
    query: {
      locale: 'all',
      depth: 0,
      sort: 'id',
      where: sectionsWhere(portal, ids),
      select: selectFields(sectionFields),
      // The `articles` join (a section's placements) is for the admin; the sites list
      // articles from their own `sections` field.
      joins: false,
    },
  };
}

/** The REST path and query that list the id and `updatedAt` of a portal's sections. */
export function sectionVersionsRequest(portal: string): CmsRequest {
  return {
    path,
    query: {
      depth: 0,
      sort: 'id',
      where: sectionsWhere(portal),
      select: selectFields(['updatedAt'] as const satisfies (keyof SectionDoc)[]),
      joins: false,
    },
  };
}

/** Reads a portal's sections (all, or `options.ids`), validated. */
export async function fetchSectionDocs(options: CmsReadOptions): Promise<SectionDoc[]> {
  const docs = await fetchDocs(options, (ids) => sectionsRequest(options.portal, ids));
  return parseDocs(sectionDocSchema, docs, {
    collection: collectionSlugs.sections,
    url: readableUrl(new URL(path, options.cmsUrl)),
  });
}

/** Lists the id and `updatedAt` of a portal's sections. */
export function fetchSectionVersions(options: Omit<CmsReadOptions, 'ids'>): Promise<DocVersion[]> {
  return fetchDocVersions(
    options,
    sectionVersionsRequest(options.portal),
    collectionSlugs.sections,
  );
}
