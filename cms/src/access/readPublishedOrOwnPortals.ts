import type { Access } from 'payload';
import { publishedWhere } from '@portals/content-models';
import { asStaff, assignedPortals } from './user.ts';

/**
 * Anonymous readers (the portals' builds) see published documents only; editors also see
 * drafts of their own portals; admins see everything.
 */
export const readPublishedOrOwnPortals: Access = ({ req }) => {
  const user = asStaff(req.user);
  if (!user) return publishedWhere;
  if (user.role === 'admin') return true;
  return { or: [publishedWhere, { portals: { in: assignedPortals(user) } }] };
};
