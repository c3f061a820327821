import type { Locale } from '@portals/content-models';
import { mediaPlaceholder } from './mediaPlaceholders.ts';

/** An upload node of a body as the CMS sends it: `value` is the media document at depth ≥ 1. */
export interface UploadNode {
  relationTo?: string;
  value?: unknown;
}

export interface UploadContext {
  /** The body's language: the alternative text is taken in it. */
  locale: Locale | undefined;
  /** The CMS base URL, against which upload URLs (`/api/media/file/…`) are made absolute. */
  cmsUrl: string | undefined;
  warn: (message: string) => void;
}

interface MediaDoc {
  id?: unknown;
  url?: unknown;
  filename?: unknown;
  mimeType?: unknown;
  width?: unknown;
  height?: unknown;
  alt?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The alternative text in `locale`: a string read in one locale, an object with `locale=all`. */
function altIn(alt: unknown, locale: Locale | undefined): string {
  if (typeof alt === 'string') return alt.trim();
  if (isObject(alt) && locale) {
    const text = alt[locale];
    return typeof text === 'string' ? text.trim() : '';
  }
  return '';
}

function absoluteUrl(url: unknown, cmsUrl: string | undefined): string | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    return new URL(url, cmsUrl).href;
  } catch {
    return null;
  }
}

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML of an upload inside rich text: an image becomes a placeholder the page turns into a
 * responsive image (`mediaPlaceholders.ts`), a document a link to the file. An image without
 * alternative text in the body's language, or read without its media document, is left out
 * and reported: a picture nobody can describe must not reach a reader of that language silently.
 */
export function uploadToPlaceholder(
  node: UploadNode,
  { locale, cmsUrl, warn }: UploadContext,
): string {
  const media = node.value;
  if (!isObject(media)) {
    warn(`upload ${String(media)} came without its document: read the body at depth ≥ 1; left out`);
    return '';
  }
  const doc = media as MediaDoc;
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : '?';
  const src = absoluteUrl(doc.url, cmsUrl);
  if (!src) {
    warn(`upload ${id} has no usable URL: left out`);
    return '';
  }
  if (typeof doc.mimeType !== 'string' || !doc.mimeType.startsWith('image/')) {
    const name = typeof doc.filename === 'string' && doc.filename ? doc.filename : src;
    return `<a href="${src.replace(/"/g, '%22')}">${escapeText(name)}</a>`;
  }
  const alt = altIn(doc.alt, locale);
  if (!alt) {
    warn(`image ${id} has no alternative text in ${locale ?? 'this language'}: left out`);
    return '';
  }
  const { width, height } = doc;
  if (typeof width !== 'number' || typeof height !== 'number') {
    warn(`image ${id} has no width and height: left out`);
    return '';
  }
  const placeholder = mediaPlaceholder({ id, src, width, height, alt });
  if (!placeholder) warn(`image ${id} has values that cannot be trusted in a page: left out`);
  return placeholder;
}
