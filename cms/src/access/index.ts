export { anyone } from './anyone.ts';
export { isAdmin, isAdminField } from './isAdmin.ts';
export { isAdminOrSelf } from './isAdminOrSelf.ts';
export { isEditorOfPortal } from './isEditorOfPortal.ts';
export { isLoggedIn } from './isLoggedIn.ts';
export { readPublishedOrOwnPortals } from './readPublishedOrOwnPortals.ts';
export { asStaff, type StaffUser } from './user.ts';
