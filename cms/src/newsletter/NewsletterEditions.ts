import { NewsletterEditions as EditionsModel } from '@portals/content-models/collections';
import type { CollectionConfig, Field } from 'payload';
import { anyOf, isEditorOfPortal, isStaffEditor } from '../access/index.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { newsletterEditionEndpoints } from './editionEndpoints.ts';

const editors = isEditorOfPortal('portal');

// The portals' archive reads sent editions anonymously; the send report stays with the staff.
const staffOnlyReport = (field: Field): Field =>
  'name' in field && field.name === 'report'
    ? ({ ...field, access: { read: ({ req }) => Boolean(req.user) } } as Field)
    : field;

/**
 * Monthly newsletters: editors of the portal prepare, preview, test and send them (the
 * endpoints below); anyone reads a sent one (the portal's archive).
 */
export const NewsletterEditions: CollectionConfig = {
  ...EditionsModel,
  fields: EditionsModel.fields.map(staffOnlyReport),
  access: {
    read: anyOf({ state: { equals: 'sent' } }, editors),
    create: isStaffEditor,
    update: editors,
    delete: editors,
  },
  hooks: { beforeChange: [ensurePortalsAssigned('portal')] },
  endpoints: newsletterEditionEndpoints,
};
