import { Redirects as RedirectsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { validateRedirect } from '../redirects/index.ts';
import { publicAccess } from './editorialAccess.ts';

export const Redirects: CollectionConfig = {
  ...RedirectsModel,
  access: publicAccess('portal'),
  hooks: {
    beforeChange: [ensurePortalsAssigned('portal'), validateRedirect],
  },
};
