import { Projects as ProjectsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Projects: CollectionConfig = withEditorialWorkflow(ProjectsModel, { themed: true });
