import type { CollectionBeforeChangeHook } from 'payload';
import { asStaff } from '../access/user.ts';

/** The person who creates a document writes it, until someone hands it over. */
export const assignWriter: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const user = asStaff(req.user);
  if (operation === 'create' && data.writer == null && user && user.role !== 'referent') {
    data.writer = user.id;
  }
  return data;
};
