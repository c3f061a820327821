import type { FieldAccess } from 'payload';
import { asStaff } from './user.ts';

/** Field rule: referents review texts but never move a document to other portals or themes. */
export const isNotReferentField: FieldAccess = ({ req }) => asStaff(req.user)?.role !== 'referent';
