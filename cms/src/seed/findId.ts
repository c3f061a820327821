import type { CollectionSlug, Payload, Where } from 'payload';

/** Ids as the generated types spell them (numbers on SQLite; MongoDB's strings pass through unchanged). */
export type Id = number;

/** The id of the first document matching `where`, in `locale`, or undefined: the seed's "already there?". */
export async function findId(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  locale: 'fr' | 'nl' = 'fr',
): Promise<Id | undefined> {
  const { docs } = await payload.find({
    collection,
    where,
    locale,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  return (docs[0] as { id: Id } | undefined)?.id;
}

/** Resolves seed keys to ids, failing with the unknown key's name instead of a silent gap. */
export function idsOf<T>(keys: string[] | undefined, ids: Map<string, T>, what: string): T[] {
  return (keys ?? []).map((key) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`Seed refers to unknown ${what} "${key}".`);
    return id;
  });
}
