import {
  isPreviewableCollection,
  previewFields,
  previewTokenParam,
  type PreviewRefusal,
} from '@portals/content-models';
import type { Endpoint } from 'payload';
import { canPreview } from './canPreview.ts';
import { verifyPreviewToken } from './previewToken.ts';

// A draft must not stay in a browser, proxy or search engine once its link has expired.
const privateHeaders = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };

const refusals: Record<PreviewRefusal | 'unreadable', { status: number; message: string }> = {
  invalid: {
    status: 403,
    message:
      'This preview link is not valid for this document (missing, altered or for another document). ' +
      'Open the preview from the document in the admin.',
  },
  // Told apart from `invalid` by its message only: the portal shows both the same way.
  unreadable: {
    status: 403,
    message:
      'You are logged in to the CMS with an account that may not read this document, ' +
      'so its preview link does not open it for you.',
  },
  expired: {
    status: 410,
    message:
      'This preview link has expired. Reopen the preview from the document in the admin ' +
      '(reload the page, then Preview) to get a new link.',
  },
};

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: privateHeaders });
}

function refuse(reason: keyof typeof refusals): Response {
  const { status, message } = refusals[reason];
  return answer(status, { error: reason === 'unreadable' ? 'invalid' : reason, message });
}

/**
 * `GET /api/preview/:collection/:id?token=…`: the latest version of a document (the draft
 * when there is one), every locale, to whoever holds a link the admin signed for it.
 * The token is the only credential: the portal's preview page has no CMS account, and
 * without a valid token nothing about the document, not even whether it exists, is told.
 * A request that does carry a session (a browser logged in to the CMS) must also be allowed
 * to read the document: a link never opens, for an account, more than that account may read.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const { collection, id } = req.routeParams ?? {};
    if (!isPreviewableCollection(collection) || typeof id !== 'string') {
      return answer(404, { error: 'not-found', message: 'This kind of document has no preview.' });
    }
    const token = req.searchParams.get(previewTokenParam);
    const check = verifyPreviewToken(req.payload.config.secret, { collection, id }, token);
    if (!check.ok) return refuse(check.refusal);
    if (req.user && !(await canPreview(req, collection, id))) return refuse('unreadable');
    const doc = await req.payload.findByID({
      collection,
      id,
      draft: true,
      locale: 'all',
      // As the site loader reads them: articles at depth 1, so that images in the body and the
      // cover arrive with their media document; the fiches' relations (validators) stay ids.
      depth: collection === 'articles' ? 1 : 0,
      // The signed link stands for the editor who opened it; the page has no session.
      overrideAccess: true,
      disableErrors: true,
      select: Object.fromEntries(previewFields[collection].map((field) => [field, true])),
    });
    if (!doc) {
      return answer(404, { error: 'not-found', message: 'This document no longer exists.' });
    }
    return answer(200, { doc, expiresAt: check.expiresAt.toISOString() });
  },
};
