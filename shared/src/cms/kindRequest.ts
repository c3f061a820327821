import { publishedWhere } from '@portals/content-models';
import type { ContentKind } from '../kit/contract.ts';
import { selectFields } from './encodeQuery.ts';
import { idsWhere, type CmsRequest } from './fetchDocs.ts';

type Descriptor = Pick<
  ContentKind,
  'collection' | 'fields' | 'depth' | 'drafts' | 'byPortal' | 'query'
>;

/** The REST path of a kind's collection, e.g. `/api/articles`. */
export function kindPath(kind: Pick<ContentKind, 'collection'>): string {
  return `/api/${kind.collection}`;
}

/** The documents a portal shows: published (when the collection has drafts) and on that portal. */
function kindWhere(kind: Descriptor, portal: string, ids?: readonly string[]) {
  const { byPortal = true } = kind;
  const onPortal =
    byPortal === false
      ? []
      : byPortal === true
        ? [{ portals: { in: portal } }]
        : [{ [byPortal.field]: { [byPortal.operator ?? 'in']: portal } }];
  return {
    and: [
      // Explicit status filter on top of the CMS access rules: payload#14750.
      ...(kind.drafts === false ? [] : [publishedWhere]),
      ...onPortal,
      ...(ids ? [idsWhere(ids)] : []),
    ],
  };
}

/** The fields a read asks for: the kind's own, plus what the loader itself needs. */
function readFields(kind: Descriptor): string[] {
  const needed = ['updatedAt', ...(kind.drafts === false ? [] : ['_status'])];
  return [...new Set([...kind.fields, ...needed])];
}

/** The REST path and query that read a portal's documents of a kind (or some of them) in every language. */
export function kindRequest(kind: Descriptor, portal: string, ids?: readonly string[]): CmsRequest {
  return {
    path: kindPath(kind),
    query: {
      ...kind.query,
      locale: 'all',
      depth: kind.depth ?? 0,
      // A stable order keeps pagination from skipping or repeating documents.
      sort: 'id',
      where: kindWhere(kind, portal, ids),
      select: selectFields(readFields(kind)),
    },
  };
}

/** The REST path and query that list the id and `updatedAt` (and `_status`) of a portal's documents of a kind. */
export function kindVersionsRequest(kind: Descriptor, portal: string): CmsRequest {
  const fields = ['updatedAt', ...(kind.drafts === false ? [] : ['_status'])];
  return {
    path: kindPath(kind),
    query: {
      ...kind.query,
      depth: 0,
      sort: 'id',
      where: kindWhere(kind, portal),
      select: selectFields(fields),
    },
  };
}
