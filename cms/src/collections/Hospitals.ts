import { Hospitals as HospitalsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Hospitals: CollectionConfig = withEditorialWorkflow(HospitalsModel, {
  slugFrom: 'name',
});
