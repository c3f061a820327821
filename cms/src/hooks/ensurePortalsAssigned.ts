import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { asStaff, assignedPortals } from '../access/user.ts';

/**
 * Access rules filter the documents an editor may touch, but cannot see the portals a
 * change *assigns*: this refuses putting a document on a portal the editor was not given.
 */
export function ensurePortalsAssigned(field: 'portals' | 'portal' = 'portals'): CollectionBeforeChangeHook {
  return ({ data, req }) => {
    const user = asStaff(req.user);
    if (!user || user.role === 'admin') return data;
    const value: unknown = data[field];
    const wanted = (Array.isArray(value) ? value : value == null ? [] : [value]) as string[];
    const allowed = new Set<string>(assignedPortals(user));
    const refused = wanted.filter((portal) => !allowed.has(portal));
    if (refused.length > 0) {
      const names = refused.join(', ');
      throw new APIError(
        `Portail non attribué à votre compte : ${names}. / Portaal niet aan uw account toegewezen: ${names}.`,
        403,
        undefined,
        true,
      );
    }
    return data;
  };
}
