import { Users as UsersModel } from '@portals/content-models/collections';
import type { CollectionConfig, Field } from 'payload';
import { isAdmin, isAdminField, isAdminOrSelf } from '../access/index.ts';

// Only an admin hands out roles, portals and organisations; others may still edit their own name.
const guardedFields = new Set(['role', 'portals', 'organisation']);

export const Users: CollectionConfig = {
  ...UsersModel,
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  fields: UsersModel.fields.map((field): Field =>
    'name' in field && guardedFields.has(field.name)
      ? { ...field, access: { create: isAdminField, update: isAdminField } }
      : field,
  ),
};
