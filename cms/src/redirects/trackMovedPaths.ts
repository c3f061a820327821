import type { Locale, PortalId } from '@portals/content-models';
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload';
import { keepingRequestState } from './keepingRequestState.ts';
import { publishedPlacement, type Placement } from './publishedPlacement.ts';
import {
  clearRedirectsFrom,
  redirectToDocument,
  type DocumentTarget,
} from './redirectToDocument.ts';
import { redirectWithdrawn } from './redirectWithdrawn.ts';
import { sectionSubtree } from './sectionPaths.ts';

type Id = number | string;
type Before = Map<Id, Placement | null>;

const contextKey = (collection: string, id: Id) => `redirects:before:${collection}:${String(id)}`;

/** The documents whose pages move with this one: a section's whole subtree, else itself. */
async function movingWith(req: PayloadRequest, collection: CollectionSlug, id: Id): Promise<Id[]> {
  return collection === 'sections' ? sectionSubtree(req, id) : [id];
}

/** Before the change is written: where the document (and what moves with it) lives now. */
export const rememberPublishedPaths: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: Id } | undefined)?.id;
  if (operation !== 'update' || id == null || req.context.systemRedirect) return data;
  const before: Before = new Map();
  await keepingRequestState(req, async () => {
    for (const member of await movingWith(req, collection.slug, id)) {
      before.set(member, await publishedPlacement(req, collection.slug, member));
    }
  });
  // Local API calls replace `req.context`: what the afterChange hook reads is the request's.
  req.context[contextKey(collection.slug, id)] = before;
  return data;
};

async function followMove(
  req: PayloadRequest,
  target: DocumentTarget,
  before: Placement | null,
  after: Placement | null,
): Promise<void> {
  if (after) {
    // The page is live at its new address: an older redirect from there would hide it.
    for (const portal of after.portals) {
      for (const [locale, path] of Object.entries(after.paths) as [Locale, string][]) {
        await clearRedirectsFrom(req, path, portal, locale);
      }
    }
  }
  if (!before) return;
  if (!after) {
    await redirectWithdrawn(req, target, before);
    return;
  }
  const stillOn = new Set<PortalId>(after.portals);
  for (const portal of before.portals.filter((p) => stillOn.has(p))) {
    for (const [locale, from] of Object.entries(before.paths) as [Locale, string][]) {
      const to = after.paths[locale];
      if (to && to !== from) await redirectToDocument(req, { from, target, portal, locale });
    }
  }
}

/**
 * After the change: every published page whose address changed gets a redirect from its old
 * address, per locale and portal, inside the same transaction as the change itself.
 */
export const redirectMovedPaths: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const saved = doc as { id: Id };
  const { context } = req;
  if (context.systemRedirect) return saved;
  if (operation !== 'update' && operation !== 'create') return saved;
  const slug = collection.slug as DocumentTarget['relationTo'];
  const { id } = saved;
  const before = (context[contextKey(slug, id)] as Before | undefined) ?? new Map([[id, null]]);
  await keepingRequestState(req, async () => {
    for (const [member, placement] of before) {
      const after = await publishedPlacement(req, slug, member);
      await followMove(req, { relationTo: slug, value: member }, placement, after);
    }
  });
  return saved;
};

/**
 * Deleting a published page withdraws it for good: its readers get the same redirect as for
 * an unpublished one (per the portal's setting), created before the row disappears.
 */
export const redirectDeletedPage: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const slug = collection.slug as DocumentTarget['relationTo'];
  await keepingRequestState(req, async () => {
    const placement = await publishedPlacement(req, slug, id);
    if (placement) await redirectWithdrawn(req, { relationTo: slug, value: id }, placement);
  });
};
