import { Hospitals as HospitalsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { announceWorkflowChange } from '../hooks/announceWorkflowChange.ts';
import { assignWriter } from '../hooks/assignWriter.ts';
import { enforceWorkflow } from '../hooks/enforceWorkflow.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { draftableAccess } from './editorialAccess.ts';

export const Hospitals: CollectionConfig = {
  ...HospitalsModel,
  access: draftableAccess(),
  hooks: {
    beforeValidate: [fillSlugFromTitle(undefined, { from: 'name' })],
    beforeChange: [ensurePortalsAssigned('portals'), assignWriter, enforceWorkflow],
    afterChange: [announceWorkflowChange],
  },
};
