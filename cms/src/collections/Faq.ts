import { Faq as FaqModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { draftableAccess } from './editorialAccess.ts';

export const Faq: CollectionConfig = {
  ...FaqModel,
  access: draftableAccess(),
  hooks: {
    beforeChange: [ensurePortalsAssigned('portals')],
  },
};
