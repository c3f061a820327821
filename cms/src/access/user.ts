import type { PortalId, Role } from '@portals/content-models';

/** The fields access rules read from the logged-in user (saved in the JWT). */
export interface StaffUser {
  id: number | string;
  role?: Role | null;
  portals?: PortalId[] | null;
  /** A referent's organisation: an id, or the document when populated. */
  organisation?: number | string | { id: number | string } | null;
}

export function asStaff(user: unknown): StaffUser | null {
  return user && typeof user === 'object' && 'id' in user ? (user as StaffUser) : null;
}

export function assignedPortals(user: StaffUser): PortalId[] {
  return user.portals ?? [];
}
