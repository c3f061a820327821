import { maxSectionDepth, Sections as SectionsModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { isEditorOfPortal, isStaffEditor } from '../access/index.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { fillSlugFromTitle } from '../hooks/fillSlugFromTitle.ts';
import { keepParentOnPortal } from '../hooks/keepParentOnPortal.ts';
import { withSlugRedirects } from '../redirects/index.ts';
import { limitTreeDepth } from '../hooks/limitTreeDepth.ts';

export const Sections: CollectionConfig = withSlugRedirects({
  ...SectionsModel,
  access: {
    // The navigation tree has no drafts: what exists is public.
    read: () => true,
    create: isStaffEditor,
    update: isEditorOfPortal('portal'),
    delete: isEditorOfPortal('portal'),
  },
  hooks: {
    beforeValidate: [fillSlugFromTitle('portal')],
    beforeChange: [
      ensurePortalsAssigned('portal'),
      keepParentOnPortal,
      limitTreeDepth(maxSectionDepth),
    ],
  },
});
