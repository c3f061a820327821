import { describe, expect, it } from 'vitest';
import ResponsiveImage from '../../shared/src/components/ResponsiveImage.astro';
import RichText from '../../shared/src/components/RichText.astro';
import { renderView } from './renderView.ts';

const placeholder = (id: string) =>
  `<img data-media="${id}" data-src="https://cms.example.be/api/media/file/${id}.jpg" data-width="1600" data-height="900" alt="Image ${id}" />`;

describe('RichText', () => {
  it('turns an image placeholder into a responsive image through Astro’s image pipeline', async () => {
    const html = await renderView(RichText, { html: `<p>Texte</p>${placeholder('a')}` });
    const img = /<img [^>]+>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/srcset="[^"]*400w, [^"]*800w, [^"]*1200w, [^"]*1600w"/);
    expect(img).toContain('width="800" height="450"');
    expect(img).toContain('alt="Image a" loading="lazy" decoding="async"');
    expect(img).toContain('f=webp');
    expect(img).not.toContain('data-src');
  });

  it('loads only the first image at once when the body starts near the top', async () => {
    const html = await renderView(RichText, {
      html: placeholder('a') + placeholder('b'),
      eagerFirstImage: true,
    });
    expect([...html.matchAll(/loading="(\w+)"/g)].map(([, loading]) => loading)).toEqual([
      'eager',
      'lazy',
    ]);
  });

  it('renders a body without images as it is', async () => {
    expect(await renderView(RichText, { html: '<p>Texte</p>' })).toContain(
      '<div class="rich-text"><p>Texte</p></div>',
    );
  });
});

describe('ResponsiveImage', () => {
  it('renders a cover image eagerly with its srcset and size', async () => {
    const html = await renderView(ResponsiveImage, {
      media: {
        id: '3',
        src: 'https://cms.example.be/api/media/file/cover.jpg',
        width: 1200,
        height: 600,
        alt: 'Couverture',
      },
      eager: true,
    });
    expect(html).toMatch(
      /<img src="[^"]+" srcset="[^"]*400w, [^"]*800w, [^"]*1200w" sizes="[^"]+" width="800" height="400" alt="Couverture" loading="eager" decoding="async">/,
    );
  });
});
