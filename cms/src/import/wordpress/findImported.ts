import type { Payload } from 'payload';
import type { PlannedCollection } from './importPlan.ts';

export type ImportedDoc = {
  id: number;
  wordpress?: { key?: string | null; checksum?: string | null } | null;
  _status?: string | null;
  editorialState?: string | null;
};

/**
 * The document an earlier import made from any member of this WPML group, on this portal:
 * the import's key makes a second run update instead of duplicating.
 */
export async function findImported(
  payload: Payload,
  collection: PlannedCollection,
  candidates: string[],
  portal: string,
): Promise<ImportedDoc | undefined> {
  const portalField = collection === 'sections' ? 'portal' : 'portals';
  const { docs } = await payload.find({
    collection,
    where: {
      and: [{ 'wordpress.key': { in: candidates } }, { [portalField]: { in: [portal] } }],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    draft: true,
    overrideAccess: true,
  });
  return docs[0];
}
