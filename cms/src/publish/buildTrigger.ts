import { documentTitle } from '@portals/content-models';
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload';
import type { Build } from '@portals/content-models/payload-types';

/** One line of a build record's `triggers`: what changed, by whom, when. */
export type BuildTrigger = NonNullable<Build['triggers']>[number];

export function buildTrigger(
  action: NonNullable<BuildTrigger['action']>,
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
  req: PayloadRequest,
): BuildTrigger {
  const user = req.user as { email?: string } | null | undefined;
  return {
    action,
    collection: collection.slug,
    documentId: String(doc.id),
    documentTitle: documentTitle(collection.slug, doc),
    userEmail: user?.email ?? null,
    at: new Date().toISOString(),
  };
}
