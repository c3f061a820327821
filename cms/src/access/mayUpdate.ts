import type { PayloadRequest, Where } from 'payload';

/** What a server function or a lock acts on: a document of a collection, or a global. */
export type Target =
  { collection: string; id: string | number } | { global: string } | { invalid: true };

/**
 * Whether the request's user may update `target`: its collection's (or global's) `update`
 * rule run for that user, and a `where` it answers matched against the document, as Payload's
 * update operation does. No user, unknown target: no.
 */
export async function mayUpdate(req: PayloadRequest, target: Target): Promise<boolean> {
  if (!req.user || 'invalid' in target) return false;
  if ('global' in target) {
    const globalConfig = req.payload.config.globals.find(({ slug }) => slug === target.global);
    const rule = globalConfig?.access.update;
    return rule ? (await rule({ req })) === true : false;
  }
  const collection = req.payload.collections[target.collection as 'articles'] as
    (typeof req.payload.collections)['articles'] | undefined;
  const rule = collection?.config.access.update;
  if (!rule) return false;
  const result = await rule({ req, id: target.id as number });
  if (!result) return false;
  const scope: Where[] = result === true ? [] : [result];
  const { totalDocs } = await req.payload.count({
    collection: target.collection as 'articles',
    where: { and: [{ id: { equals: target.id } }, ...scope] },
    overrideAccess: true,
    req,
  });
  return totalDocs > 0;
}

/**
 * Whether the request's user may publish or unpublish `target`: update it, and not be a
 * referent (referents validate, editors publish: `refuseReferentPublishing`).
 */
export async function mayPublish(req: PayloadRequest, target: Target): Promise<boolean> {
  const role = (req.user as { role?: string } | null | undefined)?.role;
  return role !== 'referent' && (await mayUpdate(req, target));
}
