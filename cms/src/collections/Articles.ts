import { Articles as ArticlesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { announceWorkflowChange } from '../hooks/announceWorkflowChange.ts';
import { assignWriter } from '../hooks/assignWriter.ts';
import { enforceWorkflow } from '../hooks/enforceWorkflow.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { refuseReferentPublishing } from '../hooks/refuseReferentPublishing.ts';
import { stampPublishedAt } from '../hooks/stampPublishedAt.ts';
import { trackTranslations } from '../hooks/trackTranslations.ts';
import { draftableAccess, guardScopeFields } from './editorialAccess.ts';
import { translationTable } from './translationTable.ts';

export const Articles: CollectionConfig = {
  ...ArticlesModel,
  fields: [...guardScopeFields(ArticlesModel.fields), translationTable()],
  access: draftableAccess({ themed: true }),
  hooks: {
    beforeOperation: [refuseReferentPublishing],
    beforeValidate: [fillSlugFromTitle()],
    beforeChange: [
      ensurePortalsAssigned('portals'),
      assignWriter,
      enforceWorkflow,
      trackTranslations,
      stampPublishedAt,
    ],
    afterChange: [announceWorkflowChange],
  },
};
