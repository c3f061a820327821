import {
  absoluteMediaUrl,
  imageOfMedia,
  isObject,
  type MediaContext,
  type MediaDoc,
} from './imageOfMedia.ts';
import { mediaPlaceholder } from './mediaPlaceholders.ts';

/** An upload node of a body as the CMS sends it: `value` is the media document at depth ≥ 1. */
export interface UploadNode {
  relationTo?: string;
  value?: unknown;
}

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML of an upload inside rich text: an image becomes a placeholder the page turns into a
 * responsive image (`mediaPlaceholders.ts`), a document (PDF) a link to the file by its name.
 * What cannot be shown is left out and reported (`imageOfMedia`).
 */
export function uploadToPlaceholder(node: UploadNode, context: MediaContext): string {
  const doc: MediaDoc = isObject(node.value) ? node.value : {};
  if (typeof doc.mimeType === 'string' && !doc.mimeType.startsWith('image/')) {
    const href = absoluteMediaUrl(doc.url, context.cmsUrl);
    if (href) {
      const name = typeof doc.filename === 'string' && doc.filename ? doc.filename : href;
      return `<a href="${href.replace(/"/g, '%22')}">${escapeText(name)}</a>`;
    }
  }
  const image = imageOfMedia(node.value, context);
  return image ? mediaPlaceholder(image) : '';
}
