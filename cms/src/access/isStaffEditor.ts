import type { Access } from 'payload';
import { asStaff, assignedPortals } from './user.ts';

/**
 * Admins, and editors with at least one portal: those who may create content. Which portal
 * the new document goes to is checked by the hook `ensurePortalsAssigned`.
 */
export const isStaffEditor: Access = ({ req }) => {
  const user = asStaff(req.user);
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'editor' && assignedPortals(user).length > 0);
};
