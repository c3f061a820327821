import type { CollectionConfig } from 'payload';
import { rememberLiveState } from './liveChange.ts';
import type { PublishSettings } from './publishSettings.ts';
import { queueRebuildAfterChange, queueRebuildAfterDelete } from './queueRebuildHooks.ts';

/**
 * Makes a collection that feeds the portals rebuild them when its public content changes,
 * and shows the editor, next to the save buttons, when the portals will be live.
 */
export function withRebuildTrigger(
  collection: CollectionConfig,
  settings: PublishSettings,
): CollectionConfig {
  const hooks = collection.hooks ?? {};
  const edit = collection.admin?.components?.edit ?? {};
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), rememberLiveState],
      afterChange: [...(hooks.afterChange ?? []), queueRebuildAfterChange(settings)],
      afterDelete: [...(hooks.afterDelete ?? []), queueRebuildAfterDelete(settings)],
    },
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...edit,
          beforeDocumentControls: [
            ...(edit.beforeDocumentControls ?? []),
            '/components/PublishStatus#PublishStatus',
          ],
        },
      },
    },
  };
}
