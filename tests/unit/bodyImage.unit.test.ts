import { describe, expect, it } from 'vitest';
import { bodyImageHtml, bodyImageRequest, renderBodyImage } from '@portals/shared/richtext';

const media = {
  id: '7',
  src: 'https://cms.example.be/api/media/file/a.jpg',
  width: 1600,
  height: 900,
  alt: 'Un parc',
};

describe('bodyImageRequest', () => {
  it('asks for the column width and srcset candidates up to the original', () => {
    expect(bodyImageRequest(media)).toEqual({
      src: media.src,
      width: 800,
      height: 450,
      widths: [400, 800, 1200, 1600],
      sizes: '(min-width: 46rem) 42rem, calc(100vw - 2rem)',
    });
  });

  it('never asks for a width larger than a small original', () => {
    const request = bodyImageRequest({ ...media, width: 600, height: 400 });
    expect(request).toMatchObject({ width: 600, height: 400, widths: [400, 600] });
  });

  it('caps the candidates of a very large original', () => {
    expect(bodyImageRequest({ ...media, width: 4000, height: 3000 }).widths).toEqual([
      400, 800, 1200, 1600,
    ]);
  });
});

describe('bodyImageHtml', () => {
  const image = {
    src: '/_astro/a.hash.webp',
    srcset: '/_astro/a_400.webp 400w, /_astro/a_800.webp 800w',
    sizes: '(min-width: 46rem) 42rem, calc(100vw - 2rem)',
    width: 800,
    height: 450,
    alt: 'Le « parc » & la plaine',
    eager: false,
  };

  it('writes a lazy, asynchronously decoded image with its size and escaped alt', () => {
    expect(bodyImageHtml(image)).toBe(
      '<img src="/_astro/a.hash.webp" srcset="/_astro/a_400.webp 400w, /_astro/a_800.webp 800w" sizes="(min-width: 46rem) 42rem, calc(100vw - 2rem)" width="800" height="450" alt="Le « parc » &amp; la plaine" loading="lazy" decoding="async">',
    );
  });

  it('loads the first image of a page at once when asked', () => {
    expect(bodyImageHtml({ ...image, eager: true })).toContain('loading="eager"');
  });

  it('leaves out an empty srcset', () => {
    expect(bodyImageHtml({ ...image, srcset: '' })).not.toContain('srcset');
  });
});

describe('renderBodyImage', () => {
  it('asks getImage for the column width and candidates, and writes its answer', async () => {
    const asked: unknown[] = [];
    const html = await renderBodyImage(
      (options) => {
        asked.push(options);
        return Promise.resolve({
          src: '/_astro/a.webp',
          srcSet: { attribute: '/_astro/a_400.webp 400w' },
        });
      },
      media,
      false,
    );
    expect(asked).toEqual([bodyImageRequest(media)]);
    expect(html).toBe(
      '<img src="/_astro/a.webp" srcset="/_astro/a_400.webp 400w" sizes="(min-width: 46rem) 42rem, calc(100vw - 2rem)" width="800" height="450" alt="Un parc" loading="lazy" decoding="async">',
    );
  });
});
