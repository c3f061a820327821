import { Documents as DocumentsModel, maxUploadBytes } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import path from 'node:path';
import { env } from '../env.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { rejectUnfitUpload } from '../hooks/rejectUnfitUpload.ts';
import { publicAccess } from './editorialAccess.ts';

export const Documents: CollectionConfig = {
  ...DocumentsModel,
  upload: {
    ...DocumentsModel.upload,
    staticDir: path.join(env.CMS_DATA_DIR, 'documents'),
  },
  access: publicAccess(),
  hooks: {
    beforeOperation: [rejectUnfitUpload(maxUploadBytes)],
    beforeChange: [ensurePortalsAssigned('portals')],
  },
};
