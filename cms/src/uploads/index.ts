export { isNotModified } from './isNotModified.ts';
export { serveWithValidators } from './serveWithValidators.ts';
export { withFileValidators } from './withFileValidators.ts';
