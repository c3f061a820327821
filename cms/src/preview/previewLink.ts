import {
  getPortal,
  isPortalId,
  previewPagePath,
  previewTokenParam,
  type PreviewableCollection,
} from '@portals/content-models';
import type { GeneratePreviewURL } from 'payload';
import type { CmsEnv } from '../env.ts';
import { canPreview } from './canPreview.ts';
import { signPreviewToken } from './previewToken.ts';

type PreviewEnv = Pick<CmsEnv, 'CMS_PREVIEW_TTL_MINUTES' | 'CMS_PREVIEW_SITE_URLS'>;

/**
 * `admin.preview` of a collection: the admin's Preview button opens the document's latest
 * draft on its first portal, in the locale being edited, through a link signed for this
 * document alone that expires after `CMS_PREVIEW_TTL_MINUTES`. Payload calls this on the
 * server while rendering the edit view (and after each save), and also from the `form-state`
 * server function with whatever id the client sends: the link is signed only after reading
 * the document as the requesting user, access enforced (issue #13, finding 1). The client
 * gets the URL, never the secret.
 */
export function previewLink(
  collection: PreviewableCollection,
  env: PreviewEnv,
  now: () => Date = () => new Date(),
): GeneratePreviewURL {
  return async (doc, { locale, req }) => {
    const id = doc.id;
    const portalId = (doc.portals as unknown[] | undefined)?.find(isPortalId);
    if ((typeof id !== 'string' && typeof id !== 'number') || !portalId) return null;
    const portal = getPortal(portalId);
    // A portal in French only previews in French whatever the admin's locale.
    const pageLocale =
      portal.locales.find((candidate) => candidate === locale) ?? portal.locales[0];
    if (!pageLocale || !(await canPreview(req, collection, id))) return null;
    const expiresAt = new Date(now().getTime() + env.CMS_PREVIEW_TTL_MINUTES * 60_000);
    const token = signPreviewToken(req.payload.config.secret, { collection, id }, expiresAt);
    const url = new URL(
      previewPagePath(pageLocale, collection, id),
      env.CMS_PREVIEW_SITE_URLS[portalId],
    );
    url.searchParams.set(previewTokenParam, token);
    return url.href;
  };
}
