import type { PayloadRequest, SanitizedCollectionConfig } from 'payload';
import { publicStatus, type LiveChange } from './liveChange.ts';

// The states in which a published page shows « en cours de révision » (content-models' rule).
const underRevision = new Set(['in-validation', 'changes-requested']);

type Doc = Record<string, unknown> & { id: number | string };

const stateOf = (doc: Doc | null) =>
  typeof doc?.editorialState === 'string' ? doc.editorialState : '';

/**
 * A draft saved over a published page that sends it to its referent, has changes requested,
 * or brings it back: what readers see changes (the validation line, issue #11) although the
 * published text does not, so its portals rebuild too.
 */
export async function revisionChange(args: {
  collection: SanitizedCollectionConfig;
  doc: Doc;
  previousDoc: Doc | null;
  req: PayloadRequest;
}): Promise<LiveChange | null> {
  const { collection, doc, previousDoc, req } = args;
  const before = stateOf(previousDoc);
  const after = stateOf(doc);
  if (!previousDoc || before === after) return null;
  if (!underRevision.has(before) && !underRevision.has(after)) return null;
  const live = await publicStatus(req, collection.slug, doc.id);
  return live === 'published' ? 'changed' : null;
}
