import { Articles as ArticlesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { stampPublishedAt } from '../hooks/stampPublishedAt.ts';
import { withSlugRedirects } from '../redirects/index.ts';
import { withPreview } from '../preview/withPreview.ts';
import { revisionsEndpoint } from '../workflow/revisionsEndpoint.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Articles: CollectionConfig = {
  ...withSlugRedirects(
    withPreview(
      'articles',
      withEditorialWorkflow(ArticlesModel, { themed: true, beforeChange: [stampPublishedAt] }),
    ),
  ),
  // Which published articles show « en cours de révision » (issue #11).
  endpoints: [revisionsEndpoint],
};
