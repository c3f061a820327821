import { Themes as ThemesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { publicAccess } from './editorialAccess.ts';

export const Themes: CollectionConfig = {
  ...ThemesModel,
  access: publicAccess(),
  hooks: {
    beforeValidate: [fillSlugFromTitle()],
    beforeChange: [ensurePortalsAssigned('portals')],
  },
};
