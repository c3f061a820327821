export { previewEndpoint } from './previewEndpoint.ts';
export { previewLink } from './previewLink.ts';
export {
  signPreviewToken,
  verifyPreviewToken,
  type PreviewCheck,
  type PreviewSubject,
} from './previewToken.ts';
