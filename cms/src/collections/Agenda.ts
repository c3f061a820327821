import { Agenda as AgendaModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withPreview } from '../preview/withPreview.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Agenda: CollectionConfig = withPreview(
  'agenda',
  withEditorialWorkflow(AgendaModel, { themed: true }),
);
