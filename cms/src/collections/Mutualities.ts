import { Mutualities as MutualitiesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withSlugRedirects } from '../redirects/index.ts';
import { withPreview } from '../preview/withPreview.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Mutualities: CollectionConfig = withSlugRedirects(
  withPreview('mutualities', withEditorialWorkflow(MutualitiesModel)),
);
