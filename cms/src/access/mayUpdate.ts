import { docAccessOperation, docAccessOperationGlobal, type PayloadRequest } from 'payload';

/** What a server function acts on: a document of a collection, or a global. */
export type Target =
  | { collection: string; id: string | number }
  | { global: string }
  | { invalid: true };

/**
 * Whether the request's user may update `target`, the document's own access rules evaluated
 * against it (as the edit view computes its permissions). No user, unknown target: no.
 */
export async function mayUpdate(req: PayloadRequest, target: Target): Promise<boolean> {
  if (!req.user || 'invalid' in target) return false;
  if ('global' in target) {
    const globalConfig = req.payload.config.globals.find(({ slug }) => slug === target.global);
    if (!globalConfig) return false;
    return (await docAccessOperationGlobal({ globalConfig, req })).update === true;
  }
  const collection = req.payload.collections[target.collection as 'articles'] as
    | (typeof req.payload.collections)['articles']
    | undefined;
  if (!collection) return false;
  const exists = await req.payload.count({
    collection: target.collection as 'articles',
    where: { id: { equals: target.id } },
    overrideAccess: true,
    req,
  });
  if (exists.totalDocs === 0) return false;
  const permissions = await docAccessOperation({ id: target.id, collection, req });
  return permissions.update === true;
}

/**
 * Whether the request's user may publish or unpublish `target`: update it, and not be a
 * referent (referents validate, editors publish: `refuseReferentPublishing`).
 */
export async function mayPublish(req: PayloadRequest, target: Target): Promise<boolean> {
  const role = (req.user as { role?: string } | null | undefined)?.role;
  return role !== 'referent' && (await mayUpdate(req, target));
}
