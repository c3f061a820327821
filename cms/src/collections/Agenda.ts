import { Agenda as AgendaModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { draftableAccess } from './editorialAccess.ts';

export const Agenda: CollectionConfig = {
  ...AgendaModel,
  access: draftableAccess(),
  hooks: {
    beforeValidate: [fillSlugFromTitle()],
    beforeChange: [ensurePortalsAssigned('portals')],
  },
};
