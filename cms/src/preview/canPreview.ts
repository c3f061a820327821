import type { PreviewableCollection } from '@portals/content-models';
import type { PayloadRequest } from 'payload';

/**
 * Whether the request's user may read the latest version of a document, access rules
 * enforced: a preview shows drafts, so only who can open the draft in the admin may get (or,
 * logged in, use) a link to it (issue #13, finding 1). No user, no preview.
 */
export async function canPreview(
  req: PayloadRequest,
  collection: PreviewableCollection,
  id: string | number,
): Promise<boolean> {
  if (!req.user) return false;
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    select: { updatedAt: true },
  });
  return doc != null;
}
