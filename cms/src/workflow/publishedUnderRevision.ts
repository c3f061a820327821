import type { RevisionStatus } from '@portals/content-models';
import type { Payload } from 'payload';

/** States in which the referent no longer vouches for the published text (`with-referent`). */
const withReferent = ['in-validation', 'changes-requested'];

type Dated = string | null | undefined;

/** A review date that has passed with no validation since: the page is `review-due`. */
export function isReviewDue(approvedAt: Dated, reviewDueAt: Dated, now: Date): boolean {
  if (!reviewDueAt || new Date(reviewDueAt) > now) return false;
  return !approvedAt || new Date(approvedAt) < new Date(reviewDueAt);
}

/**
 * The portal's published articles under revision (the rule: `revisionReasons` in
 * content-models). Reads the private review date and the latest drafts, so it runs with the
 * CMS's own access and answers ids and reasons only.
 */
export async function publishedUnderRevision(
  payload: Payload,
  portal: string,
  now = new Date(),
): Promise<RevisionStatus[]> {
  const onPortal = { portals: { in: [portal] } };
  const published = await payload.find({
    collection: 'articles',
    where: { and: [onPortal, { _status: { equals: 'published' } }] },
    select: { approval: true, reviewDueAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  // With `draft: true`, Payload queries each document's latest version, the draft included.
  const latest = await payload.find({
    collection: 'articles',
    where: { and: [onPortal, { editorialState: { in: withReferent } }] },
    select: { editorialState: true },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  const revised = new Set(latest.docs.map((doc) => String(doc.id)));
  const statuses: RevisionStatus[] = [];
  for (const doc of published.docs) {
    const id = String(doc.id);
    if (revised.has(id)) statuses.push({ id, reason: 'with-referent' });
    else if (isReviewDue(doc.approval?.approvedAt, doc.reviewDueAt, now)) {
      statuses.push({ id, reason: 'review-due' });
    }
  }
  return statuses;
}
