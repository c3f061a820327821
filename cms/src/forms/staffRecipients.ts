import type { PortalId } from '@portals/content-models';
import type { PayloadRequest } from 'payload';

type Id = number | string;

/** The editors of a portal, and the portal's contact address when it has one. */
export async function portalStaffEmails(req: PayloadRequest, portal: PortalId): Promise<string[]> {
  const [editors, record] = await Promise.all([
    req.payload.find({
      collection: 'users',
      where: { and: [{ role: { equals: 'editor' } }, { portals: { in: [portal] } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'portals',
      where: { portal: { equals: portal } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    }),
  ]);
  const contact = record.docs[0]?.contactEmail;
  return [...editors.docs.map((user) => user.email), ...(contact ? [contact] : [])];
}

/** The referents of the organisations validating a theme, and those organisations' addresses. */
export async function themeReferentEmails(req: PayloadRequest, theme: Id): Promise<string[]> {
  const organisations = await req.payload.find({
    collection: 'referent-organisations',
    where: { themes: { in: [theme] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  });
  const ids = organisations.docs.map((organisation) => organisation.id);
  if (ids.length === 0) return [];
  const referents = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'referent' } }, { organisation: { in: ids } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  });
  return [
    ...referents.docs.map((user) => user.email),
    ...organisations.docs.flatMap((organisation) =>
      organisation.email ? [organisation.email] : [],
    ),
  ];
}
