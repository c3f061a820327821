import type { CollectionConfig } from 'payload';
import {
  recordChange,
  recordDeletion,
  recordLogin,
  recordLogout,
  rememberDraftFlag,
} from './auditHooks.ts';

/**
 * Adds the audit hooks to a collection, after its own hooks: every collection is audited the
 * same way, and none can forget to be.
 */
export function withAudit(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {};
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), rememberDraftFlag],
      afterChange: [...(hooks.afterChange ?? []), recordChange],
      afterDelete: [...(hooks.afterDelete ?? []), recordDeletion],
      ...(collection.auth
        ? {
            afterLogin: [...(hooks.afterLogin ?? []), recordLogin],
            afterLogout: [...(hooks.afterLogout ?? []), recordLogout],
          }
        : {}),
    },
  };
}
