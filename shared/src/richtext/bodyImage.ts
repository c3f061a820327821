import type { MediaPlaceholder } from './mediaPlaceholders.ts';

/** Largest width a body image is shown at: the text column (42rem) on a 2x screen, rounded. */
const displayWidth = 800;

/** The candidates of a body image's `srcset`, never wider than the original (no upscaling). */
const candidateWidths = [400, 800, 1200];
const largestCandidate = 1600;

/** How wide a body image is on screen: the text column, else the viewport minus its margins. */
export const bodyImageSizes = '(min-width: 46rem) 42rem, calc(100vw - 2rem)';

/** What `getImage` is asked for one body image: size attributes and the `srcset` widths. */
export function bodyImageRequest(media: MediaPlaceholder): {
  src: string;
  width: number;
  height: number;
  widths: number[];
  sizes: string;
} {
  const width = Math.min(media.width, displayWidth);
  const height = Math.round((media.height * width) / media.width);
  const largest = Math.min(media.width, largestCandidate);
  const widths = [...candidateWidths.filter((w) => w < largest), largest];
  return { src: media.src, width, height, widths, sizes: bodyImageSizes };
}

export interface BodyImage {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
  /** The first image near the top of a page loads at once; the others when scrolled to. */
  eager: boolean;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<img>` of a body image, every value escaped. */
export function bodyImageHtml(image: BodyImage): string {
  const attributes: [string, string][] = [
    ['src', image.src],
    ['srcset', image.srcset],
    ['sizes', image.sizes],
    ['width', String(image.width)],
    ['height', String(image.height)],
    ['alt', image.alt],
    ['loading', image.eager ? 'eager' : 'lazy'],
    ['decoding', 'async'],
  ];
  return `<img ${attributes
    .filter(([name, value]) => value !== '' || name === 'alt')
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ')}>`;
}

/** Astro's `getImage`, passed in so this module stays free of the `astro:assets` virtual module. */
export type GetImage = (
  options: ReturnType<typeof bodyImageRequest>,
) => Promise<{ src: string; srcSet: { attribute: string } }>;

/** The responsive `<img>` of an image: sharp's resized copies through `getImage`, then the tag. */
export async function renderBodyImage(
  getImage: GetImage,
  media: MediaPlaceholder,
  eager: boolean,
): Promise<string> {
  const request = bodyImageRequest(media);
  const image = await getImage(request);
  return bodyImageHtml({
    src: image.src,
    srcset: image.srcSet.attribute,
    sizes: request.sizes,
    width: request.width,
    height: request.height,
    alt: media.alt,
    eager,
  });
}
