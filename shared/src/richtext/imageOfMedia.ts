import type { Locale } from '@portals/content-models';
import { placeholderValues, type MediaPlaceholder } from './mediaPlaceholders.ts';

export interface MediaContext {
  /** The language of the page the image is for: its alternative text is taken in it. */
  locale: Locale | undefined;
  /** The CMS base URL, against which upload URLs (`/api/media/file/…`) are made absolute. */
  cmsUrl: string | undefined;
  warn: (message: string) => void;
}

/** The fields of a media document an image needs, as the CMS sends them at depth ≥ 1. */
export interface MediaDoc {
  id?: unknown;
  url?: unknown;
  filename?: unknown;
  mimeType?: unknown;
  width?: unknown;
  height?: unknown;
  alt?: unknown;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
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

/** The upload's absolute URL, or null when it has none that parses. */
export function absoluteMediaUrl(url: unknown, cmsUrl: string | undefined): string | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    return new URL(url, cmsUrl).href;
  } catch {
    return null;
  }
}

export const mediaId = (doc: MediaDoc) =>
  typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : '?';

/**
 * An image upload (in a body, or a cover or share image field) as the pages render it, or null,
 * reported, when it cannot be shown: read without its document (depth 0), not an image, without
 * alternative text in the page's language, without size, or with values unfit for a page. A
 * picture nobody can describe must not reach a reader of that language silently.
 */
export function imageOfMedia(
  value: unknown,
  { locale, cmsUrl, warn }: MediaContext,
): MediaPlaceholder | null {
  if (!isObject(value)) {
    warn(`upload ${String(value)} came without its document: read it at depth ≥ 1; left out`);
    return null;
  }
  const doc = value as MediaDoc;
  const id = mediaId(doc);
  const src = absoluteMediaUrl(doc.url, cmsUrl);
  if (!src) {
    warn(`upload ${id} has no usable URL: left out`);
    return null;
  }
  if (typeof doc.mimeType !== 'string' || !doc.mimeType.startsWith('image/')) {
    warn(`upload ${id} is not an image: left out`);
    return null;
  }
  const alt = altIn(doc.alt, locale);
  if (!alt) {
    warn(`image ${id} has no alternative text in ${locale ?? 'this language'}: left out`);
    return null;
  }
  const { width, height } = doc;
  if (typeof width !== 'number' || typeof height !== 'number') {
    warn(`image ${id} has no width and height: left out`);
    return null;
  }
  const values: Record<string, string> = {
    'data-media': id,
    'data-src': src,
    'data-width': String(width),
    'data-height': String(height),
  };
  if (!Object.entries(placeholderValues).every(([name, ok]) => ok.test(values[name] ?? ''))) {
    warn(`image ${id} has values that cannot be trusted in a page: left out`);
    return null;
  }
  return { id, src, width, height, alt };
}
