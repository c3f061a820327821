import { Media as MediaModel, maxUploadBytes } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import path from 'node:path';
import { env } from '../env.ts';
import { isAdmin, isStaffEditor } from '../access/index.ts';
import { rejectUnfitUpload } from '../hooks/rejectUnfitUpload.ts';

export const Media: CollectionConfig = {
  ...MediaModel,
  upload: {
    ...MediaModel.upload,
    staticDir: path.join(env.CMS_DATA_DIR, 'media'),
  },
  access: {
    read: () => true,
    create: isStaffEditor,
    update: isStaffEditor,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [rejectUnfitUpload(maxUploadBytes)],
  },
};
