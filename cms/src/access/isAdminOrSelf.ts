import type { Access } from 'payload';
import { asStaff } from './user.ts';

/** Admins manage every account; anyone else only sees and edits their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = asStaff(req.user);
  if (!user) return false;
  if (user.role === 'admin') return true;
  return { id: { equals: user.id } };
};
