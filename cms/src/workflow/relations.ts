import { documentTitle } from '@portals/content-models';
import type { PayloadRequest } from 'payload';

export type Id = number | string;

export function idOf(value: unknown): Id | null {
  if (value == null || value === '') return null;
  return typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : (value as Id);
}

/**
 * The ids of a relationship value in every shape Payload accepts and stores for a `hasMany`
 * relationship: `13`, `'13'`, `{ id: 13 }`, `[13]`, `[{ id: 13 }]` (issue #13, finding 3:
 * a single number is stored as `[13]`, so it must count as that theme).
 */
export function idsOf(value: unknown): Id[] {
  const list: unknown[] = Array.isArray(value) ? value : value == null ? [] : [value];
  return list.map(idOf).filter((id): id is Id => id != null);
}

export interface ReviewerOrganisation {
  id: Id;
  name: string;
  email?: string | null;
}

/** The referent organisations that validate at least one of `themes`. */
export async function reviewerOrganisations(
  req: PayloadRequest,
  themes: Id[],
): Promise<ReviewerOrganisation[]> {
  if (themes.length === 0) return [];
  const { docs } = await req.payload.find({
    collection: 'referent-organisations',
    where: { themes: { in: themes } },
    depth: 0,
    limit: 50,
    pagination: false,
    overrideAccess: true,
    req,
  });
  return docs.map((doc) => ({ id: doc.id, name: doc.name, email: doc.email }));
}

/** What a document is called in e-mails and queues: its collection's title field (content-models). */
export function titleOf(collection: string, doc: Record<string, unknown>): string {
  return documentTitle(collection, { ...doc, id: idOf(doc.id) });
}
