import { NewsletterDeliveries as NewsletterDeliveriesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { isAdmin } from '../access/index.ts';
import { asStaff } from '../access/user.ts';

// Written by the sending task only; an edition's report tells editors what they need.
const nobody = () => false;

export const NewsletterDeliveries: CollectionConfig = {
  ...NewsletterDeliveriesModel,
  admin: {
    ...NewsletterDeliveriesModel.admin,
    hidden: ({ user }) => asStaff(user)?.role !== 'admin',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
};
