import { Agenda as AgendaModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

export const Agenda: CollectionConfig = withEditorialWorkflow(AgendaModel, { themed: true });
