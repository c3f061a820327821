import { Mutualities as MutualitiesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { announceWorkflowChange } from '../hooks/announceWorkflowChange.ts';
import { assignWriter } from '../hooks/assignWriter.ts';
import { enforceWorkflow } from '../hooks/enforceWorkflow.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { trackTranslations } from '../hooks/trackTranslations.ts';
import { draftableAccess } from './editorialAccess.ts';
import { translationTable } from './translationTable.ts';

export const Mutualities: CollectionConfig = {
  ...MutualitiesModel,
  fields: [...MutualitiesModel.fields, translationTable()],
  access: draftableAccess(),
  hooks: {
    beforeValidate: [fillSlugFromTitle(undefined, { from: 'name' })],
    beforeChange: [
      ensurePortalsAssigned('portals'),
      assignWriter,
      enforceWorkflow,
      trackTranslations,
    ],
    afterChange: [announceWorkflowChange],
  },
};
