import type { Access, FieldAccess } from 'payload';
import { asStaff } from './user.ts';

export const isAdmin: Access = ({ req }) => asStaff(req.user)?.role === 'admin';

export const isAdminField: FieldAccess = ({ req }) => asStaff(req.user)?.role === 'admin';
