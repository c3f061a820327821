import type { DirectoryCuration } from '@portals/shared/open-data';

/**
 * Which Bruxelles Social organisations Born in Brussels' directory shows when the portal's CMS
 * record has no curation: the perinatal ones. Real category ids: see the snapshot's lookups.
 */
export const directoryCuration: DirectoryCuration = {
  categoryIds: [],
  organisationIds: [],
  notes: [],
};
