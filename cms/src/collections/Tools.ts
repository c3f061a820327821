import { Tools as ToolsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { announceWorkflowChange } from '../hooks/announceWorkflowChange.ts';
import { assignWriter } from '../hooks/assignWriter.ts';
import { enforceWorkflow } from '../hooks/enforceWorkflow.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { refuseReferentPublishing } from '../hooks/refuseReferentPublishing.ts';
import { draftableAccess, guardScopeFields } from './editorialAccess.ts';

export const Tools: CollectionConfig = {
  ...ToolsModel,
  fields: guardScopeFields(ToolsModel.fields),
  access: draftableAccess({ themed: true }),
  hooks: {
    beforeOperation: [refuseReferentPublishing],
    beforeValidate: [fillSlugFromTitle()],
    beforeChange: [ensurePortalsAssigned('portals'), assignWriter, enforceWorkflow],
    afterChange: [announceWorkflowChange],
  },
};
