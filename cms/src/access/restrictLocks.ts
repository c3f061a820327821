import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload';
import { mayUpdate, type Target } from './mayUpdate.ts';
import { asStaff } from './user.ts';

const slug = 'payload-locked-documents';

interface Lock {
  document?: { relationTo?: string; value?: unknown } | null;
  globalSlug?: string | null;
  user?: { value?: unknown } | null;
}

function idOf(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function targetOf(lock: Lock): Target {
  const id = idOf(lock.document?.value);
  if (lock.document?.relationTo && id != null) return { collection: lock.document.relationTo, id };
  if (lock.globalSlug) return { global: lock.globalSlug };
  return { invalid: true };
}

/** Admins, scripts (no user) and a user who may update the locked document, for herself. */
async function check(req: PayloadRequest, lock: Lock, requireOwn: boolean): Promise<void> {
  const user = asStaff(req.user);
  if (!user || user.role === 'admin') return;
  const own = idOf(lock.user?.value) === String(user.id);
  if ((requireOwn && !own) || !(await mayUpdate(req, targetOf(lock)))) throw new Forbidden(req.t);
}

const guardWrite: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  await check(req, { ...(originalDoc as Lock | undefined), ...(data as Lock) }, true);
  return data;
};

const guardDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const lock = await req.payload
    .findByID({ collection: slug, id, depth: 0, overrideAccess: true, req })
    .catch(() => null);
  if (lock) await check(req, lock, false);
};

/**
 * Payload adds `payload-locked-documents` itself, open to any logged-in user (`defaultAccess`):
 * through the REST API anyone could lock any document (others then get 423) or remove another
 * editor's lock (issue #13, finding 5). The admin takes a lock over and releases it through that
 * API, so it stays, but only for the documents the user may update, and a lock is only ever
 * taken in one's own name. Payload offers no setting for this collection: its sanitised
 * configuration gets the hooks.
 */
export async function restrictLocks(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config;
  const locks = sanitized.collections.find((collection) => collection.slug === slug);
  if (locks) {
    locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), guardWrite];
    locks.hooks.beforeDelete = [...(locks.hooks.beforeDelete ?? []), guardDelete];
  }
  return sanitized;
}
