import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { asStaff, assignedPortals } from '../access/user.ts';

function asList(value: unknown): string[] {
  return (Array.isArray(value) ? value : value == null ? [] : [value]) as string[];
}

/**
 * Access rules filter the documents an editor may touch, but cannot see the portals a
 * change *assigns*: this refuses switching a document on or off a portal the editor was not
 * given. Portals left as they were pass, so a Hospichild editor can still correct an article
 * Born in Brussels reuses.
 */
export function ensurePortalsAssigned(
  field: 'portals' | 'portal' = 'portals',
): CollectionBeforeChangeHook {
  return ({ data, req, originalDoc }) => {
    const user = asStaff(req.user);
    if (!user || user.role === 'admin' || !(field in data)) return data;
    const wanted = new Set(asList(data[field]));
    const before = new Set(asList((originalDoc as Record<string, unknown> | undefined)?.[field]));
    const changed = [...wanted, ...before].filter(
      (portal) => wanted.has(portal) !== before.has(portal),
    );
    const allowed = new Set<string>(assignedPortals(user));
    const refused = [...new Set(changed.filter((portal) => !allowed.has(portal)))];
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
