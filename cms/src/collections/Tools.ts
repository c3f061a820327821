import { Tools as ToolsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Tools: CollectionConfig = withEditorialWorkflow(ToolsModel, { themed: true });
