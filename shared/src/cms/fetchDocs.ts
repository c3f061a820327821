import { z } from 'zod';
import { readableUrl } from './CmsError.ts';
import type { QueryValue } from './encodeQuery.ts';
import { fetchAllPages, type FetchAllPagesOptions } from './fetchAllPages.ts';
import { docIdSchema } from './localized.ts';
import { parseDocs } from './parseDocs.ts';

export type CmsReadOptions = Pick<FetchAllPagesOptions, 'cmsUrl' | 'fetch' | 'onPage' | 'limit'> & {
  /** The portal id whose content is read, e.g. `hospichild`. */
  portal: string;
  /** Read only these documents (with the usual filters still applied); all when absent. */
  ids?: readonly string[];
};

/** A REST read: the collection's path and its query, written as nested objects. */
export interface CmsRequest {
  path: string;
  query: Record<string, QueryValue>;
}

/** Ids per request when reading chosen documents: a few kilobytes of URL at most. */
export const idsPerRequest = 100;

/** The `where` condition that narrows a read to some ids, comma-separated as Payload takes them. */
export function idsWhere(ids: readonly string[]) {
  return { id: { in: ids.join(',') } };
}

/**
 * Reads every document a request matches, or only those of `options.ids` (in chunks of
 * `idsPerRequest`, none at all for an empty list). Unvalidated; any failure throws a CmsError.
 */
export async function fetchDocs(
  options: CmsReadOptions,
  request: (ids?: readonly string[]) => CmsRequest,
): Promise<unknown[]> {
  const { ids } = options;
  if (!ids) return fetchAllPages({ ...options, ...request() });
  const docs: unknown[] = [];
  for (let start = 0; start < ids.length; start += idsPerRequest) {
    const chunk = ids.slice(start, start + idsPerRequest);
    docs.push(...(await fetchAllPages({ ...options, ...request(chunk) })));
  }
  return docs;
}

/** A document's identity and version: what the loader compares with the documents it holds. */
export const docVersionSchema = z.object({
  id: docIdSchema,
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
  /** Present for collections with drafts, for the published re-check (payload#14750). */
  _status: z.enum(['published', 'draft']).optional(),
});

export type DocVersion = z.infer<typeof docVersionSchema>;

/** Lists the id and `updatedAt` of every document a listing request matches, validated. */
export async function fetchDocVersions(
  options: Omit<CmsReadOptions, 'ids'>,
  request: CmsRequest,
  collection: string,
): Promise<DocVersion[]> {
  // Listings are a few dozen bytes per document: large pages, few requests.
  const docs = await fetchAllPages({ limit: 500, ...options, ...request });
  return parseDocs(docVersionSchema, docs, {
    collection,
    url: readableUrl(new URL(request.path, options.cmsUrl)),
  });
}
