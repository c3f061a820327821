import type { CollectionConfig } from 'payload';
import { serveWithValidators } from './serveWithValidators.ts';

/** An upload collection whose files carry validators and answer 304 (`serveWithValidators`). */
export function withFileValidators(collection: CollectionConfig): CollectionConfig {
  const upload = typeof collection.upload === 'object' ? collection.upload : undefined;
  if (!upload?.staticDir) return collection;
  const handlers = [...(upload.handlers ?? []), serveWithValidators(upload.staticDir)];
  return { ...collection, upload: { ...upload, handlers } };
}
