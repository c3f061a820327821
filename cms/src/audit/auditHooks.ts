import type { AuditAction } from '@portals/content-models/collections';
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionBeforeOperationHook,
} from 'payload';
import { writeAuditEntry } from './writeAuditEntry.ts';

/**
 * After a save, hooks cannot tell a draft save from an unpublication; the operation's
 * arguments can, so the flag is kept on the request's context for `recordChange`.
 */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    req.context.auditDraftSave = Boolean((args as { draft?: boolean }).draft);
  }
  return args;
};

/** Records a creation, a change, a publication or an unpublication. */
export const recordChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const record = doc as Record<string, unknown>;
  const versioned = Boolean(collection.versions?.drafts);
  const draftSave = req.context.auditDraftSave === true;
  const now = record._status;
  const was = (previousDoc as Record<string, unknown> | undefined)?._status;
  const actions: AuditAction[] = [operation === 'create' ? 'create' : 'update'];
  if (versioned && !draftSave && now === 'published')
    actions.splice(operation === 'create' ? 1 : 0, 1, 'publish');
  if (versioned && !draftSave && operation === 'update' && now === 'draft' && was === 'published')
    actions.splice(0, 1, 'unpublish');
  for (const action of actions)
    await writeAuditEntry(req, { action, collection: collection.slug, doc: record });
};

export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await writeAuditEntry(req, {
    action: 'delete',
    collection: collection.slug,
    doc: doc as Record<string, unknown>,
  });
};

export const recordLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const account = user as { id: number | string; email: string };
  await writeAuditEntry(req, {
    action: 'login',
    collection: collection.slug,
    doc: { id: account.id, email: account.email },
    user,
  });
};

export const recordLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  const user = req.user as { id?: number | string; email?: string } | null;
  await writeAuditEntry(req, {
    action: 'logout',
    collection: collection.slug,
    doc: { id: user?.id, email: user?.email },
  });
};
