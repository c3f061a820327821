import { ReferentOrganisations as ReferentOrganisationsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { anyone, isAdmin } from '../access/index.ts';

/** Only admins change who validates what: it decides which referents see which drafts. */
export const ReferentOrganisations: CollectionConfig = {
  ...ReferentOrganisationsModel,
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
};
