import type { ServerFunction } from 'payload';
import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState';
import { mayUpdate } from '../access/mayUpdate.ts';

interface FormStateArgs {
  collectionSlug?: string;
  globalSlug?: string;
  id?: string | number;
  returnLockStatus?: boolean;
  updateLastEdited?: boolean;
}

/**
 * Payload's `form-state` server function, which locks the document it is asked about for five
 * minutes (`returnLockStatus`, `updateLastEdited`) for whoever calls it, even a user who may
 * not read that document (issue #13, finding 5). Here only a user who may update the document
 * locks it; anyone else gets the form state without touching the lock. The preview link it
 * may also return is signed only for a reader of the document (`previewLink`, finding 1).
 */
export const guardFormState: ServerFunction<FormStateArgs> = async (args) => {
  const { collectionSlug, globalSlug, id, req } = args;
  const locks = Boolean(args.returnLockStatus || args.updateLastEdited);
  const target = collectionSlug
    ? id == null
      ? null
      : { collection: collectionSlug, id }
    : globalSlug
      ? { global: globalSlug }
      : null;
  if (locks && target && !(await mayUpdate(req, target))) {
    return buildFormStateHandler({
      ...args,
      returnLockStatus: false,
      updateLastEdited: false,
    } as Parameters<typeof buildFormStateHandler>[0]);
  }
  return buildFormStateHandler(args as unknown as Parameters<typeof buildFormStateHandler>[0]);
};
