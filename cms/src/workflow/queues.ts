import type { EditorialState } from '@portals/content-models';
import type { Payload, Where } from 'payload';
import { asStaff, assignedPortals } from '../access/user.ts';
import { titleOf, type Id } from './relations.ts';

/** Collections that go through the editorial workflow. */
export const workflowCollections = [
  'articles',
  'hospitals',
  'mutualities',
  'agenda',
  'faq',
  'projects',
  'tools',
  'journeys',
] as const;
export type WorkflowCollection = (typeof workflowCollections)[number];
const themed = new Set<WorkflowCollection>(['articles', 'agenda', 'faq', 'projects', 'tools']);

export interface QueueItem {
  collection: WorkflowCollection;
  id: Id;
  title: string;
  state: EditorialState;
  updatedAt: string;
  reviewDueAt?: string | null;
}

async function collect(
  payload: Payload,
  user: unknown,
  where: (collection: WorkflowCollection) => Where | null,
) {
  const items: QueueItem[] = [];
  for (const collection of workflowCollections) {
    const clause = where(collection);
    if (!clause) continue;
    // Latest drafts: the state moves in draft versions while the published one stays live.
    const { docs } = await payload.find({
      collection,
      where: clause,
      draft: true,
      depth: 0,
      limit: 100,
      sort: '-updatedAt',
      user,
      overrideAccess: user == null,
      locale: 'fr',
      fallbackLocale: 'nl',
    });
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      items.push({
        collection,
        id: doc.id as Id,
        title: titleOf(collection, doc),
        state: doc.editorialState as EditorialState,
        updatedAt: doc.updatedAt as string,
        reviewDueAt: doc.reviewDueAt as string | null | undefined,
      });
    }
  }
  return items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * What waits for `user`: for a referent, the texts of their themes in validation; for an
 * editor, the texts of their portals that are validated (to publish) or sent back (to fix);
 * for an admin, everything in between. Access rules narrow each query to what they may see.
 */
export function findQueue(payload: Payload, user: unknown): Promise<QueueItem[]> {
  const staff = asStaff(user);
  if (!staff) return Promise.resolve([]);
  if (staff.role === 'referent') {
    return collect(payload, user, (collection) =>
      themed.has(collection) ? { editorialState: { equals: 'in-validation' } } : null,
    );
  }
  const waiting: Where = { editorialState: { in: ['validated', 'changes-requested'] } };
  if (staff.role === 'admin') {
    return collect(payload, user, () => ({
      editorialState: { in: ['in-validation', 'validated', 'changes-requested'] },
    }));
  }
  const portals = assignedPortals(staff);
  return collect(payload, user, () => ({ and: [waiting, { portals: { in: portals } }] }));
}

/** Documents whose review-due date has passed, oldest first: the admins' overdue list. */
export async function findOverdue(payload: Payload, now: Date = new Date()): Promise<QueueItem[]> {
  const items = await collect(payload, null, () => ({
    reviewDueAt: { less_than: now.toISOString() },
  }));
  return items.sort((a, b) => String(a.reviewDueAt).localeCompare(String(b.reviewDueAt)));
}
