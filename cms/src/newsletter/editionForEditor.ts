import type { NewsletterEdition } from '@portals/content-models/payload-types';
import type { PayloadRequest } from 'payload';
import { asStaff, assignedPortals } from '../access/user.ts';

export type EditorEdition = { edition: NewsletterEdition } | { refusal: Response };

const refusal = (status: number, fr: string, nl: string) =>
  ({ refusal: Response.json({ errors: [{ message: `${fr} / ${nl}` }] }, { status }) }) as const;

/**
 * The edition named in the route, when the logged-in account may act on it: an admin, or an
 * editor of the edition's portal (those who may update it). Anyone else learns nothing.
 */
export async function editionForEditor(req: PayloadRequest): Promise<EditorEdition> {
  const user = asStaff(req.user);
  const id = req.routeParams?.id;
  if (!user || (typeof id !== 'string' && typeof id !== 'number')) {
    return refusal(401, 'Connectez-vous.', 'Meld u aan.');
  }
  const edition = await req.payload.findByID({
    collection: 'newsletter-editions',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  });
  const allowed =
    user.role === 'admin' ||
    (user.role === 'editor' && edition !== null && assignedPortals(user).includes(edition.portal));
  if (!edition || !allowed) {
    return refusal(404, 'Lettre introuvable.', 'Nieuwsbrief niet gevonden.');
  }
  return { edition };
}
