import { Messages as MessagesModel } from '@portals/content-models/collections';
import type { CollectionConfig } from 'payload';
import { isInboxReader } from '../access/index.ts';
import { asStaff } from '../access/user.ts';
import { faqFromQuestionEndpoint } from '../forms/faqFromQuestionEndpoint.ts';
import { replyEndpoint } from '../forms/replyEndpoint.ts';

// Messages come from the form endpoints (`overrideAccess`); nobody creates one through the API.
const nobody = () => false;

/** The inbox: readers' messages, for the staff of their portal and the referents of a question's theme. */
export const Messages: CollectionConfig = {
  ...MessagesModel,
  admin: {
    ...MessagesModel.admin,
    hidden: ({ user }) => !asStaff(user),
    components: {
      edit: { beforeDocumentControls: ['/components/MessageActions#MessageActions'] },
    },
  },
  // Reply by e-mail, and turn an answered question into an FAQ draft (issue #12).
  endpoints: [replyEndpoint, faqFromQuestionEndpoint],
  access: {
    read: isInboxReader,
    create: nobody,
    update: isInboxReader,
    delete: isInboxReader,
  },
};
