import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload';

/** What a write did to the public version of a document. */
export type LiveChange = 'published' | 'unpublished' | 'changed';

type AnyCollection = CollectionConfig | SanitizedCollectionConfig;

export function hasDrafts(collection: AnyCollection): boolean {
  const { versions } = collection;
  return Boolean(versions && typeof versions === 'object' && versions.drafts);
}

const wasLiveKey = (slug: string, id: number | string) => `rebuild:wasLive:${slug}:${String(id)}`;

/** The `_status` of the document's main row: the version the public API (and the sites) read. */
export async function publicStatus(req: PayloadRequest, slug: CollectionSlug, id: number | string) {
  const row = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: slug,
    where: { id: { equals: id } },
    req,
  });
  return row?._status;
}

/**
 * Remembers, before the write, whether the document was live. `previousDoc` cannot tell: it
 * is the latest version, which may be a draft saved on top of the published one.
 */
export const rememberLiveState: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id;
  if (operation === 'update' && id !== undefined && hasDrafts(collection)) {
    req.context[wasLiveKey(collection.slug, id)] =
      (await publicStatus(req, collection.slug, id)) === 'published';
  }
  return data;
};

/**
 * Whether a write changed what readers see, read after it inside the same transaction. Saving
 * a draft over a published document leaves its public row untouched (Payload writes only a
 * version), so it changes nothing; unpublishing rewrites the row as a draft.
 */
export async function liveChange(args: {
  collection: AnyCollection;
  doc: { id: number | string; _status?: string | null };
  operation: 'create' | 'update';
  req: PayloadRequest;
}): Promise<LiveChange | null> {
  const { collection, doc, operation, req } = args;
  if (!hasDrafts(collection)) return operation === 'create' ? 'published' : 'changed';
  const wasLive =
    operation === 'update' && req.context[wasLiveKey(collection.slug, doc.id)] === true;
  if (doc._status === 'published') return wasLive ? 'changed' : 'published';
  if ((await publicStatus(req, collection.slug as CollectionSlug, doc.id)) === 'published')
    return null;
  return wasLive ? 'unpublished' : null;
}
