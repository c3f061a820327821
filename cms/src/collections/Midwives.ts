import { Midwives as MidwivesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { draftableAccess } from './editorialAccess.ts';

/** Editors of the midwives' portals keep them up to date; the public reads published ones. */
export const Midwives: CollectionConfig = {
  ...MidwivesModel,
  access: draftableAccess(),
  hooks: {
    beforeChange: [ensurePortalsAssigned('portals')],
  },
};
