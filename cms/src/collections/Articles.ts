import { Articles as ArticlesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { isEditorOfPortal, isLoggedIn, readPublishedOrOwnPortals } from '../access/index.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { stampPublishedAt } from '../hooks/stampPublishedAt.ts';

export const Articles: CollectionConfig = {
  ...ArticlesModel,
  access: {
    read: readPublishedOrOwnPortals,
    create: isLoggedIn,
    update: isEditorOfPortal('portals'),
    delete: isEditorOfPortal('portals'),
    readVersions: isEditorOfPortal('portals'),
  },
  hooks: {
    beforeValidate: [fillSlugFromTitle()],
    beforeChange: [ensurePortalsAssigned('portals'), stampPublishedAt],
  },
};
