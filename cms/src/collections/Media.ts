import { Media as MediaModel, maxUploadBytes } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import path from 'node:path';
import { env } from '../env.ts';
import { isAdmin, isEditorOfPortal, isStaffEditor } from '../access/index.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { rejectUnfitUpload } from '../hooks/rejectUnfitUpload.ts';

/**
 * Anyone reads media (the portals show them); editors upload, and change or replace the files
 * of their portals only (issue #13, finding 7); admins delete.
 */
export const Media: CollectionConfig = {
  ...MediaModel,
  upload: {
    ...MediaModel.upload,
    staticDir: path.join(env.CMS_DATA_DIR, 'media'),
  },
  access: {
    read: () => true,
    create: isStaffEditor,
    update: isEditorOfPortal('portals'),
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [rejectUnfitUpload(maxUploadBytes)],
    beforeChange: [ensurePortalsAssigned('portals')],
  },
};
