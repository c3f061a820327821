/**
 * Stored bodies keep an image as a placeholder, `<img data-media="7" data-src="https://cms/…"
 * data-width="1600" data-height="900" alt="…">`, turned into a responsive image (Astro's
 * `getImage`, sharp) only when a page renders: the content store holds no generated file
 * names, and a build that re-reads only changed documents still gets every image.
 */
export interface MediaPlaceholder {
  /** The media document's id, for build messages. */
  id: string;
  /** Absolute URL of the original upload on the CMS. */
  src: string;
  /** The original's size in pixels: set on the `<img>` so the page does not shift. */
  width: number;
  height: number;
  /** The alternative text in the body's language. */
  alt: string;
}

export const mediaAttribute = 'data-media';

/** What each placeholder attribute may hold; anything else means the element is not ours. */
export const placeholderValues: Record<string, RegExp> = {
  [mediaAttribute]: /^[A-Za-z0-9_-]+$/,
  'data-src': /^https?:\/\/[^\s"<>]+$/i,
  'data-width': /^[1-9]\d{0,4}$/,
  'data-height': /^[1-9]\d{0,4}$/,
};

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The placeholder of an image, or '' when one of its values could not be trusted. */
export function mediaPlaceholder(media: MediaPlaceholder): string {
  const values: Record<string, string> = {
    [mediaAttribute]: media.id,
    'data-src': media.src,
    'data-width': String(media.width),
    'data-height': String(media.height),
  };
  if (!Object.entries(placeholderValues).every(([name, valid]) => valid.test(values[name] ?? '')))
    return '';
  const attributes = Object.entries(values).map(([name, value]) => `${name}="${value}"`);
  return `<img ${attributes.join(' ')} alt="${escapeAttribute(media.alt)}" />`;
}

// The sanitiser writes the placeholder back in this exact form (attributes in order, `/>`).
const placeholder =
  /<img data-media="([^"]+)" data-src="([^"]+)" data-width="(\d+)" data-height="(\d+)" alt="([^"]*)" \/>/g;

function fromMatch([
  ,
  id = '',
  src = '',
  width,
  height,
  alt = '',
]: RegExpMatchArray): MediaPlaceholder {
  return {
    id,
    src: unescapeAttribute(src),
    width: Number(width),
    height: Number(height),
    alt: unescapeAttribute(alt),
  };
}

/** Every image placeholder of a stored body, in order. */
export function listMediaPlaceholders(html: string): MediaPlaceholder[] {
  return [...html.matchAll(placeholder)].map(fromMatch);
}

/**
 * Replaces each placeholder by what `render` makes of it (the n-th image of the body gets
 * `index` n, so a page can load its first image eagerly). Renders run side by side.
 */
export async function resolveMediaPlaceholders(
  html: string,
  render: (media: MediaPlaceholder, index: number) => Promise<string>,
): Promise<string> {
  const matches = [...html.matchAll(placeholder)];
  if (matches.length === 0) return html;
  const rendered = await Promise.all(matches.map((match, i) => render(fromMatch(match), i)));
  let index = 0;
  return html.replace(placeholder, () => rendered[index++] ?? '');
}
