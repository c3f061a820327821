import type { Access, PayloadRequest } from 'payload';
import { asStaff } from './user.ts';

type Id = number | string;

// One lookup per request: access runs for every document and field of a response.
const cache = new WeakMap<PayloadRequest, Promise<Id[]>>();

function idOf(value: unknown): Id | null {
  if (value == null) return null;
  return typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : (value as Id);
}

/** The themes the logged-in referent's organisation validates (none for other users). */
export function referentThemes(req: PayloadRequest): Promise<Id[]> {
  const cached = cache.get(req);
  if (cached) return cached;
  const user = asStaff(req.user);
  const organisation = user?.role === 'referent' ? idOf(user.organisation) : null;
  const lookup =
    organisation == null
      ? Promise.resolve([])
      : req.payload
          .findByID({
            collection: 'referent-organisations',
            id: organisation,
            depth: 0,
            overrideAccess: true,
            req,
          })
          .then((doc) =>
            (doc.themes ?? []).map((theme) => idOf(theme)).filter((id): id is Id => id != null),
          )
          .catch(() => []);
  cache.set(req, lookup);
  return lookup;
}

/** A referent reaches the documents of the themes their organisation validates, and no other. */
export const isReferentOfThemes: Access = async ({ req }) => {
  if (asStaff(req.user)?.role !== 'referent') return false;
  const themes = await referentThemes(req);
  return themes.length > 0 ? { themes: { in: themes } } : false;
};
