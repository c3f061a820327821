import type { AuditAction } from '@portals/content-models/collections';
import type { PayloadRequest } from 'payload';
import { asStaff } from '../access/user.ts';
import { keepRequestLocale } from '../requestLocale.ts';
import { titleOf } from '../workflow/relations.ts';

export interface AuditEvent {
  action: AuditAction;
  collection: string;
  doc?: Record<string, unknown>;
  user?: unknown;
}

/**
 * Appends one entry to the audit log, in the request's transaction so it is written exactly
 * when the change is. A failure is logged, never thrown: losing an entry must not lose a save.
 */
export async function writeAuditEntry(
  req: PayloadRequest,
  { action, collection, doc, user = req.user }: AuditEvent,
) {
  const actor = asStaff(user);
  const email = (user as { email?: string } | null | undefined)?.email ?? null;
  const title = doc ? titleOf(collection, doc) : null;
  const locale = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : null;
  try {
    await keepRequestLocale(req, () =>
      req.payload.create({
        collection: 'audit-log',
        data: {
          action,
          collection,
          documentId: doc?.id == null ? null : String(doc.id as number | string),
          documentTitle: title,
          locale,
          // Typed as SQLite's numeric ids; MongoDB's string ids pass through unchanged.
          user: (actor?.id ?? null) as number | null,
          userEmail: email,
          summary: [action, collection, title, email].filter(Boolean).join(' · '),
        },
        overrideAccess: true,
        req,
      }),
    );
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Audit entry "${action}" on ${collection} could not be written`,
    });
  }
}
