import { Redirects as RedirectsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { validateRedirect } from '../redirects/index.ts';
import { publicAccess } from './editorialAccess.ts';

/**
 * Redirects are public by nature (every build writes them into files the web server reads),
 * and the portal builds read the API anonymously: anyone reads, editors change their portals'.
 */
export const Redirects: CollectionConfig = {
  ...RedirectsModel,
  access: publicAccess('portal'),
  hooks: {
    beforeChange: [ensurePortalsAssigned('portal'), validateRedirect],
  },
};
