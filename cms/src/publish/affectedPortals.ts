import { isPortalId, type PortalId } from '@portals/content-models';

type Doc = Record<string, unknown> | null | undefined;

/**
 * The portals a document is on: its `portals` (several) or `portal` (one) field. A document
 * with neither (a referent organisation) may show on any portal.
 */
export function portalsOf(doc: Doc): PortalId[] | 'all' {
  if (!doc) return [];
  if ('portals' in doc) {
    return Array.isArray(doc.portals) ? doc.portals.filter(isPortalId) : [];
  }
  if ('portal' in doc) return isPortalId(doc.portal) ? [doc.portal] : [];
  return 'all';
}

/**
 * Portals to rebuild after a change: those the document is on now and those it was on
 * before (a document taken off a portal must disappear from it), among the rebuilt ones.
 */
export function affectedPortals(doc: Doc, previousDoc: Doc, rebuilt: PortalId[]): PortalId[] {
  const before = portalsOf(previousDoc);
  const after = portalsOf(doc);
  if (before === 'all' || after === 'all') return [...rebuilt];
  const touched = new Set([...before, ...after]);
  return rebuilt.filter((portal) => touched.has(portal));
}
