import type { CollectionConfig } from 'payload';
import { limitTextLength } from './limitTextLength.ts';
import { rejectMalformedInput } from './rejectMalformedInput.ts';
import { serveExistingFiles } from './serveExistingFiles.ts';

/**
 * The input rules every collection editors and the public reach shares: malformed ids,
 * filters and bodies refused before its own hooks run, text lengths capped, and an upload
 * collection's file route answering 400/404 rather than 500 for names that hold no file.
 */
export function withInputChecks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {};
  const upload = typeof collection.upload === 'object' ? collection.upload : undefined;
  return {
    ...collection,
    fields: limitTextLength(collection.fields),
    hooks: { ...hooks, beforeOperation: [rejectMalformedInput, ...(hooks.beforeOperation ?? [])] },
    ...(upload?.staticDir
      ? {
          upload: {
            ...upload,
            handlers: [serveExistingFiles(upload.staticDir), ...(upload.handlers ?? [])],
          },
        }
      : {}),
  };
}
