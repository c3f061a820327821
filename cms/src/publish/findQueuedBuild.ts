import { collectionSlugs, type PortalId } from '@portals/content-models';
import type { Build } from '@portals/content-models/payload-types';
import type { Payload, PayloadRequest } from 'payload';

/** The portal's queued build record (the one a burst's edits are appended to), if any. */
export async function findQueuedBuild(
  payload: Payload,
  portal: PortalId,
  req?: PayloadRequest,
): Promise<Build | undefined> {
  const { docs } = await payload.find({
    collection: collectionSlugs.builds,
    where: { and: [{ portal: { equals: portal } }, { status: { equals: 'queued' } }] },
    sort: 'queuedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  });
  return docs[0];
}
