import { messageLimits } from '@portals/content-models/collections';
import type { InboxMessage } from '@portals/content-models/payload-types';
import { addDataAndFileToRequest, type PayloadRequest } from 'payload';
import { refusal } from '../input/refuse.ts';

/**
 * The message an admin action names (`/api/messages/:id/…`), read as the logged-in user:
 * someone who may not read it gets the same 404 as for a message that does not exist.
 */
export async function inboxMessage(req: PayloadRequest): Promise<InboxMessage | Response> {
  if (!req.user) return refusal(401, 'Connectez-vous', 'Meld u aan');
  const id = req.routeParams?.id;
  const message =
    typeof id === 'string' || typeof id === 'number'
      ? await req.payload
          .findByID({ collection: 'messages', id, depth: 0, overrideAccess: false, req })
          .catch(() => null)
      : null;
  return message ?? refusal(404, 'Message introuvable', 'Bericht niet gevonden');
}

/** A text field of the action's JSON body, trimmed, within the inbox's length cap, or null. */
export async function bodyText(req: PayloadRequest, name: string): Promise<string | null> {
  await addDataAndFileToRequest(req);
  const value: unknown = req.data?.[name];
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text && text.length <= messageLimits.message ? text : null;
}
