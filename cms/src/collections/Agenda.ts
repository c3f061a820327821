import { Agenda as AgendaModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withSlugRedirects } from '../redirects/index.ts';
import { withPreview } from '../preview/withPreview.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Agenda: CollectionConfig = withSlugRedirects(
  withPreview('agenda', withEditorialWorkflow(AgendaModel, { themed: true })),
);
