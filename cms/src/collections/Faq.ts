import { Faq as FaqModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { announceWorkflowChange } from '../hooks/announceWorkflowChange.ts';
import { assignWriter } from '../hooks/assignWriter.ts';
import { enforceWorkflow } from '../hooks/enforceWorkflow.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { refuseReferentPublishing } from '../hooks/refuseReferentPublishing.ts';
import { trackTranslations } from '../hooks/trackTranslations.ts';
import { draftableAccess, guardScopeFields } from './editorialAccess.ts';
import { translationTable } from './translationTable.ts';

export const Faq: CollectionConfig = {
  ...FaqModel,
  fields: [...guardScopeFields(FaqModel.fields), translationTable()],
  access: draftableAccess({ themed: true }),
  hooks: {
    beforeOperation: [refuseReferentPublishing],
    beforeChange: [
      ensurePortalsAssigned('portals'),
      assignWriter,
      enforceWorkflow,
      trackTranslations,
    ],
    afterChange: [announceWorkflowChange],
  },
};
