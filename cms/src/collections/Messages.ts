import { Messages as MessagesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { isInboxReader } from '../access/index.ts';
import { asStaff } from '../access/user.ts';

// Messages come from the form endpoints (`overrideAccess`); nobody creates one through the API.
const nobody = () => false;

/** The inbox: readers' messages, for the staff of their portal and the referents of a question's theme. */
export const Messages: CollectionConfig = {
  ...MessagesModel,
  admin: {
    ...MessagesModel.admin,
    hidden: ({ user }) => !asStaff(user),
  },
  access: {
    read: isInboxReader,
    create: nobody,
    update: isInboxReader,
    delete: isInboxReader,
  },
};
