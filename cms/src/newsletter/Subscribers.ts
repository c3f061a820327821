import { Subscribers as SubscribersModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { isEditorOfPortal } from '../access/index.ts';
import { asStaff } from '../access/user.ts';

// Created by the sign-up endpoint only (double opt-in): nobody types an address in for someone.
const nobody = () => false;

/**
 * Personal data: never readable through the public API, only by the editors of the portal
 * (and admins); referents and writers do not see the collection.
 */
export const Subscribers: CollectionConfig = {
  ...SubscribersModel,
  admin: {
    ...SubscribersModel.admin,
    hidden: ({ user }) => !['admin', 'editor'].includes(asStaff(user)?.role ?? ''),
  },
  access: {
    read: isEditorOfPortal('portal'),
    update: isEditorOfPortal('portal'),
    delete: isEditorOfPortal('portal'),
    create: nobody,
  },
};
