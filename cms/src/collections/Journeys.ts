import { Journeys as JourneysModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { withSlugRedirects } from '../redirects/index.ts';
import { withEditorialWorkflow } from './withEditorialWorkflow.ts';

/**
 * Journeys go through the editorial workflow without themes: a journey spans several themes,
 * and each rights page it links carries its own referent's validation.
 */
export const Journeys: CollectionConfig = withSlugRedirects(withEditorialWorkflow(JourneysModel));
