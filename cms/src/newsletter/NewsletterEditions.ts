import { NewsletterEditions as EditionsModel } from '@portals/content-models/collections';
import type { CollectionConfig, Field, TextField } from 'payload';
import { anyOf, isEditorOfPortal, isStaffEditor } from '../access/index.ts';
import { ensurePortalsAssigned } from '../hooks/ensurePortalsAssigned.ts';
import { newsletterEditionEndpoints } from './editionEndpoints.ts';
import { refuseDuplicatePeriod } from './refuseDuplicatePeriod.ts';

const editors = isEditorOfPortal('portal');

type FieldAccessRules = NonNullable<TextField['access']>;

const nobody = () => false;
const isStaff = ({ req }: { req: { user?: unknown } }) => Boolean(req.user);

/**
 * Fields only the sending writes (with `overrideAccess`): an editor cannot mark an edition
 * sent without sending it. The report stays with the staff; the archive reads the rest.
 */
const sendingFields: Record<string, FieldAccessRules> = {
  state: { create: nobody, update: nobody },
  sentAt: { create: nobody, update: nobody },
  report: { read: isStaff, create: nobody, update: nobody },
};

const guardSendingFields = (field: Field): Field =>
  'name' in field && field.name in sendingFields
    ? ({ ...field, access: sendingFields[field.name] } as Field)
    : field;

/**
 * Monthly newsletters: editors of the portal prepare, preview, test and send them (the
 * endpoints below); anyone reads a sent one (the portal's archive).
 */
export const NewsletterEditions: CollectionConfig = {
  ...EditionsModel,
  fields: [
    ...EditionsModel.fields.map(guardSendingFields),
    {
      name: 'sendingPanel',
      type: 'ui',
      admin: { components: { Field: '/components/NewsletterEditionPanel#NewsletterEditionPanel' } },
    },
  ],
  access: {
    read: anyOf({ state: { equals: 'sent' } }, editors),
    create: isStaffEditor,
    update: editors,
    delete: editors,
  },
  hooks: { beforeChange: [ensurePortalsAssigned('portal'), refuseDuplicatePeriod] },
  endpoints: newsletterEditionEndpoints,
};
