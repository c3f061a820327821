import { Articles as ArticlesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { stampPublishedAt } from '../hooks/stampPublishedAt.ts';
import { withPreview } from '../preview/withPreview.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Articles: CollectionConfig = withPreview(
  'articles',
  withEditorialWorkflow(ArticlesModel, { themed: true, beforeChange: [stampPublishedAt] }),
);
