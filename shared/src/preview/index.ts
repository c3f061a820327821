export {
  fetchPreviewDraft,
  type PreviewDraft,
  type PreviewDraftRequest,
  type PreviewProblem,
} from './fetchPreviewDraft.ts';
export { loadPreview, type PreviewRequest, type PreviewView } from './loadPreview.ts';
export { previewHeaders } from './previewHeaders.ts';
export { previewRoute, type PreviewLinks, type PreviewRoute } from './previewRoute.ts';
