import { Mutualities as MutualitiesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withPreview } from '../preview/withPreview.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Mutualities: CollectionConfig = withPreview(
  'mutualities',
  withEditorialWorkflow(MutualitiesModel),
);
