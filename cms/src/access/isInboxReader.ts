import type { Access, Where } from 'payload';
import { referentThemes } from './isReferentOfThemes.ts';
import { asStaff, assignedPortals } from './user.ts';

/**
 * Who reads the inbox: admins; an editor, the messages of their portals; a referent, the
 * questions on the themes their organisation validates. Nobody else, and never anonymously.
 */
export const isInboxReader: Access = async ({ req }) => {
  const user = asStaff(req.user);
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'editor') {
    const portals = assignedPortals(user);
    return portals.length > 0 ? { portal: { in: portals } } : false;
  }
  if (user.role !== 'referent') return false;
  const themes = await referentThemes(req);
  if (themes.length === 0) return false;
  const where: Where = { and: [{ kind: { equals: 'question' } }, { theme: { in: themes } }] };
  return where;
};
