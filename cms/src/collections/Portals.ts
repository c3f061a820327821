import { Portals as PortalsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { anyone, isAdmin, isEditorOfPortal } from '../access/index.ts';

/** Portal records are created with the portal itself; editors adjust their portal's settings. */
export const Portals: CollectionConfig = {
  ...PortalsModel,
  access: {
    read: anyone,
    create: isAdmin,
    update: isEditorOfPortal('portal'),
    delete: isAdmin,
  },
};
