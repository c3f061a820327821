import { Articles as ArticlesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { env } from '../env.ts';
import { stampPublishedAt } from '../hooks/stampPublishedAt.ts';
import { previewLink } from '../preview/previewLink.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

const workflow = withEditorialWorkflow(ArticlesModel, {
  themed: true,
  beforeChange: [stampPublishedAt],
});

export const Articles: CollectionConfig = {
  ...workflow,
  // The Preview button: the draft on its portal, through a short-lived signed link.
  admin: { ...workflow.admin, preview: previewLink('articles', env) },
};
