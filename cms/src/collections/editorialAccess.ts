import type { CollectionConfig } from 'payload';
import { anyone, isEditorOfPortal, isLoggedIn, readPublishedOrOwnPortals } from '../access/index.ts';

type PortalScope = 'portals' | 'portal';

/** Documents with drafts: the public reads what is published, editors work on their portals. */
export function draftableAccess(scope: PortalScope = 'portals'): NonNullable<CollectionConfig['access']> {
  return {
    read: readPublishedOrOwnPortals,
    create: isLoggedIn,
    update: isEditorOfPortal(scope),
    delete: isEditorOfPortal(scope),
    readVersions: isEditorOfPortal(scope),
  };
}

/** Reference data without drafts: public reads, editors change what belongs to their portals. */
export function publicAccess(scope: PortalScope = 'portals'): NonNullable<CollectionConfig['access']> {
  return {
    read: anyone,
    create: isLoggedIn,
    update: isEditorOfPortal(scope),
    delete: isEditorOfPortal(scope),
  };
}
