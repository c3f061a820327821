import { Faq as FaqModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { announceWorkflowChange } from '../hooks/announceWorkflowChange.ts';
import { assignWriter } from '../hooks/assignWriter.ts';
import { enforceWorkflow } from '../hooks/enforceWorkflow.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { refuseReferentPublishing } from '../hooks/refuseReferentPublishing.ts';
import { draftableAccess, guardScopeFields } from './editorialAccess.ts';

export const Faq: CollectionConfig = {
  ...FaqModel,
  fields: guardScopeFields(FaqModel.fields),
  access: draftableAccess({ themed: true }),
  hooks: {
    beforeOperation: [refuseReferentPublishing],
    beforeChange: [ensurePortalsAssigned('portals'), assignWriter, enforceWorkflow],
    afterChange: [announceWorkflowChange],
  },
};
