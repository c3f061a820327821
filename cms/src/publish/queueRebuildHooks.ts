import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { affectedPortals } from './affectedPortals.ts';
import { buildTrigger } from './buildTrigger.ts';
import { hasDrafts, liveChange } from './liveChange.ts';
import type { PublishSettings } from './publishSettings.ts';
import { queueRebuild } from './queueRebuild.ts';
import { revisionChange } from './revisionChange.ts';

type Doc = Record<string, unknown> & { id: number | string; _status?: string | null };

// Both hooks return nothing: Payload then keeps the document as it was (`hook() || doc`).

/** After a write that changed what readers see, queue a rebuild of every portal it touched. */
export function queueRebuildAfterChange(settings: PublishSettings): CollectionAfterChangeHook {
  return async ({ collection, doc, operation, previousDoc, req }) => {
    if (settings.portals.length === 0) return;
    const current = doc as Doc;
    const before = operation === 'update' ? (previousDoc as Doc) : null;
    const portals = affectedPortals(current, before, settings.portals);
    if (portals.length === 0) return;
    const change =
      (await liveChange({ collection, doc: current, operation, req })) ??
      (await revisionChange({ collection, doc: current, previousDoc: before, req }));
    if (!change) return;
    const trigger = buildTrigger(change, collection, current, req);
    for (const portal of portals) await queueRebuild(req, portal, trigger, settings);
  };
}

/** After deleting a document that was live, queue a rebuild of its portals. */
export function queueRebuildAfterDelete(settings: PublishSettings): CollectionAfterDeleteHook {
  return async ({ collection, doc, req }) => {
    if (settings.portals.length === 0) return;
    const deleted = doc as Doc;
    if (hasDrafts(collection) && deleted._status !== 'published') return;
    const trigger = buildTrigger('deleted', collection, deleted, req);
    for (const portal of affectedPortals(deleted, null, settings.portals)) {
      await queueRebuild(req, portal, trigger, settings);
    }
  };
}
