export { articlePreview, defaultPreviewMappings } from './articlePreview.ts';
export {
  fetchPreviewDraft,
  type DraftDoc,
  type PreviewDraft,
  type PreviewDraftRequest,
  type PreviewProblem,
} from './fetchPreviewDraft.ts';
export { loadPreview, type PreviewRequest, type PreviewView } from './loadPreview.ts';
export { previewHeaders } from './previewHeaders.ts';
export {
  previewRouteOf,
  type PreviewableRoute,
  type PreviewLinks,
  type PreviewMapping,
  type PreviewMappings,
  type PreviewRouteContext,
} from './previewMapping.ts';
export { previewRoute, type PreviewRoute } from './previewRoute.ts';
