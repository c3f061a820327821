import { Mutualities as MutualitiesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Mutualities: CollectionConfig = withEditorialWorkflow(MutualitiesModel, {
  slugFrom: 'name',
});
