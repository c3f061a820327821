import { Faq as FaqModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withPreview } from '../preview/withPreview.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Faq: CollectionConfig = withPreview(
  'faq',
  withEditorialWorkflow(FaqModel, { themed: true, slugFrom: false }),
);
