import { AuditLog as AuditLogModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { isAdmin } from '../access/index.ts';
import { asStaff } from '../access/user.ts';

// Entries are written by the CMS with `overrideAccess`; through the API nobody may change them.
const nobody = () => false;

export const AuditLog: CollectionConfig = {
  ...AuditLogModel,
  admin: {
    ...AuditLogModel.admin,
    hidden: ({ user }) => asStaff(user)?.role !== 'admin',
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
};
