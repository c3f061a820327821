import { Faq as FaqModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Faq: CollectionConfig = withEditorialWorkflow(FaqModel, {
  themed: true,
  slugFrom: false,
});
