import { isPortalId, type RevisionList } from '@portals/content-models';
import type { Endpoint } from 'payload';
import { publishedUnderRevision } from './publishedUnderRevision.ts';

/**
 * `GET /api/articles/revisions?portal=<id>`: which published articles of a portal show
 * « en cours de révision » (issue #11), read by every build of the portal. Public, like the
 * pages it feeds: it names published documents and a reason, never a draft's content, a date
 * or a comment. Never cached: the answer changes with the clock and with drafts.
 */
export const revisionsEndpoint: Endpoint = {
  path: '/revisions',
  method: 'get',
  handler: async (req) => {
    const portal = req.searchParams.get('portal');
    if (!isPortalId(portal)) {
      return Response.json(
        { error: `Name a portal: ?portal=<id>, got "${portal ?? ''}".` },
        { status: 400 },
      );
    }
    const body: RevisionList = { docs: await publishedUnderRevision(req.payload, portal) };
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
  },
};
