import type { MediaPlaceholder } from './mediaPlaceholders.ts';

/** The width social networks show a shared page's large image at (Open Graph: 1200 × 630). */
export const shareImageWidth = 1200;

/** A page's share image as the layout's `og:image` tags need it; `src` may be site-relative. */
export interface ShareImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * What `getImage` is asked for a page's share image: one rendition 1200 pixels wide, or the
 * original's width when smaller (no upscaling), in JPEG, which every network reads (not all
 * read WebP).
 */
export function shareImageRequest(media: MediaPlaceholder): {
  src: string;
  width: number;
  height: number;
  format: 'jpg';
} {
  const width = Math.min(media.width, shareImageWidth);
  const height = Math.round((media.height * width) / media.width);
  return { src: media.src, width, height, format: 'jpg' };
}
