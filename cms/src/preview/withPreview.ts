import type { PreviewableCollection } from '@portals/content-models';
import type { CollectionConfig } from 'payload';
import { env } from '../env.ts';
import { previewLink } from './previewLink.ts';

/**
 * Adds the admin's Preview button to a collection a portal shows with a page: the latest
 * draft on the document's first portal, through a short-lived signed link.
 */
export function withPreview(
  collection: PreviewableCollection,
  config: CollectionConfig,
): CollectionConfig {
  return { ...config, admin: { ...config.admin, preview: previewLink(collection, env) } };
}
