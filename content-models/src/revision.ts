import type { CollectionSlug } from './slugs.ts';

/**
 * Why a published page shows « en cours de révision » instead of its validation line
 * (issue #11). The rule, decided once here: a published page stays online while it is being
 * revised (a parent looking for a right must not lose the page meanwhile), but stops claiming
 * a validation that no longer holds.
 * - `review-due`: its review date (`reviewDueAt`, kept from the public API) has passed and the
 *   referent has not validated it since;
 * - `with-referent`: a newer version is with the referent (`in-validation`) or the referent
 *   asked for changes (`changes-requested`): the referent no longer vouches for the live text.
 * Both need what only the CMS knows (a private date, the latest draft), so the CMS computes
 * them for every build; a page with a referent theme and no approval at all is told apart by
 * the site itself (the approval is public).
 */
export const revisionReasons = ['review-due', 'with-referent'] as const;

export type RevisionReason = (typeof revisionReasons)[number];

/** One published document under revision, as `GET /api/<collection>/revisions` lists it. */
export interface RevisionStatus {
  id: string;
  reason: RevisionReason;
}

/** The answer of the revisions endpoint. */
export interface RevisionList {
  docs: RevisionStatus[];
}

/** `/api/articles/revisions?portal=<id>`: the portal's published documents under revision. */
export function revisionsPath(collection: CollectionSlug, portal: string): string {
  return `/api/${collection}/revisions?portal=${encodeURIComponent(portal)}`;
}
