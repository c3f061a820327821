import type { Access } from 'payload';
import { asStaff, assignedPortals } from './user.ts';

/**
 * Admins may change anything; an editor only documents published on one of their portals
 * (field `portals`, or `portal` for single-portal collections such as sections).
 */
export function isEditorOfPortal(field: 'portals' | 'portal' = 'portals'): Access {
  return ({ req }) => {
    const user = asStaff(req.user);
    if (!user) return false;
    if (user.role === 'admin') return true;
    if (user.role !== 'editor') return false;
    const portals = assignedPortals(user);
    if (portals.length === 0) return false;
    return { [field]: { in: portals } };
  };
}
