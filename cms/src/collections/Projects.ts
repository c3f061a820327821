import { Projects as ProjectsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { draftableAccess } from './editorialAccess.ts';

export const Projects: CollectionConfig = {
  ...ProjectsModel,
  access: draftableAccess(),
  hooks: {
    beforeValidate: [fillSlugFromTitle()],
    beforeChange: [ensurePortalsAssigned('portals')],
  },
};
