import type { CollectionConfig } from 'payload';
import {
  redirectDeletedPage,
  redirectMovedPaths,
  rememberPublishedPaths,
} from './trackMovedPaths.ts';

/**
 * Adds the redirects that follow a published page when its address changes (a new slug, a
 * section moved) or when it is withdrawn (unpublished or deleted). The hooks run last, once the change is accepted.
 */
export function withSlugRedirects(config: CollectionConfig): CollectionConfig {
  const hooks = config.hooks ?? {};
  return {
    ...config,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), rememberPublishedPaths],
      afterChange: [...(hooks.afterChange ?? []), redirectMovedPaths],
      beforeDelete: [...(hooks.beforeDelete ?? []), redirectDeletedPage],
    },
  };
}
