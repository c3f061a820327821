import { describe, expect, it } from 'vitest';
import {
  imageOfMedia,
  listMediaPlaceholders,
  richTextToHtml,
  sanitizeRichText,
} from '@portals/shared/richtext';
import { bodyWith, mediaDoc, uploadNode } from '../fixtures/richtext/imageBody.ts';

const cmsUrl = 'http://localhost:3000';

function render(locale: 'fr' | 'nl', ...uploads: unknown[]) {
  const warnings: string[] = [];
  const html = richTextToHtml(bodyWith(...uploads), {
    locale,
    cmsUrl,
    onWarning: (message) => warnings.push(message),
  });
  return { html, warnings };
}

describe('images in rich text', () => {
  it('keeps an image as a placeholder with the absolute CMS URL, its size and the alt of the body’s language', () => {
    const { html, warnings } = render('nl', uploadNode(mediaDoc()));
    expect(html).toContain(
      '<img data-media="7" data-src="http://localhost:3000/api/media/file/lecture.jpg" data-width="1600" data-height="900" alt="Een verpleegster leest een kind voor" />',
    );
    expect(warnings).toEqual([]);
  });

  it('reads the placeholder back as the page will render it', () => {
    const { html } = render(
      'fr',
      uploadNode(mediaDoc({ alt: { fr: 'Dessin « soleil » & lune' } })),
    );
    expect(listMediaPlaceholders(html)).toEqual([
      {
        id: '7',
        src: 'http://localhost:3000/api/media/file/lecture.jpg',
        width: 1600,
        height: 900,
        alt: 'Dessin « soleil » & lune',
      },
    ]);
  });

  it('leaves out an image without alt in the body’s language and says so in the build log', () => {
    const { html, warnings } = render(
      'nl',
      uploadNode(mediaDoc({ alt: { fr: 'Seulement en français' } })),
    );
    expect(html).not.toContain('<img');
    expect(warnings).toEqual(['image 7 has no alternative text in nl: left out']);
  });

  it('leaves out an upload read at depth 0, asking for a deeper read', () => {
    const { html, warnings } = render('fr', uploadNode(7));
    expect(html).not.toContain('<img');
    expect(warnings).toEqual([expect.stringContaining('read it at depth ≥ 1')]);
  });

  it('leaves out an image without width and height', () => {
    const { html, warnings } = render('fr', uploadNode(mediaDoc({ width: null })));
    expect(html).not.toContain('<img');
    expect(warnings).toEqual(['image 7 has no width and height: left out']);
  });

  it('links a PDF upload by its file name', () => {
    const pdf = mediaDoc({
      mimeType: 'application/pdf',
      filename: 'guide.pdf',
      url: '/api/media/file/guide.pdf',
    });
    const { html } = render('fr', uploadNode(pdf));
    expect(html).toContain(
      '<a href="http://localhost:3000/api/media/file/guide.pdf" rel="noopener">guide.pdf</a>',
    );
  });

  it('keeps an image placeholder through the sanitiser unchanged', () => {
    const placeholder =
      '<img data-media="7" data-src="https://cms.example.be/api/media/file/a.jpg" data-width="800" data-height="600" alt="Un parc" />';
    expect(sanitizeRichText(placeholder)).toBe(placeholder);
  });
});

describe('sanitiser and images', () => {
  it('removes an image pasted with a src, which would load from anywhere', () => {
    expect(sanitizeRichText('<p>a</p><img src="https://tracker.example/p.gif" alt="x">')).toBe(
      '<p>a</p>',
    );
  });

  it('removes a placeholder with an empty alt', () => {
    const html =
      '<img data-media="7" data-src="https://cms.example.be/a.jpg" data-width="800" data-height="600" alt=" " />';
    expect(sanitizeRichText(html)).toBe('');
  });

  it('removes a placeholder whose source is not an http(s) URL', () => {
    const html =
      '<img data-media="7" data-src="javascript:alert(1)" data-width="800" data-height="600" alt="Un parc" />';
    expect(sanitizeRichText(html)).toBe('');
  });

  it('strips any other attribute from a placeholder', () => {
    const html =
      '<img data-media="7" data-src="https://cms.example.be/a.jpg" data-width="800" data-height="600" alt="Un parc" onerror="alert(1)" src="https://x.example/y.png" />';
    expect(sanitizeRichText(html)).toBe(
      '<img data-media="7" data-src="https://cms.example.be/a.jpg" data-width="800" data-height="600" alt="Un parc" />',
    );
  });
});

describe('imageOfMedia', () => {
  const context = (warnings: string[]) => ({
    locale: 'fr' as const,
    cmsUrl,
    warn: (message: string) => warnings.push(message),
  });

  it('gives a cover image in the page’s language, ready for the image pipeline', () => {
    expect(imageOfMedia(mediaDoc(), context([]))).toEqual({
      id: '7',
      src: 'http://localhost:3000/api/media/file/lecture.jpg',
      width: 1600,
      height: 900,
      alt: 'Une infirmière lit une histoire à un enfant',
    });
  });

  it('refuses a PDF where an image is expected, saying so', () => {
    const warnings: string[] = [];
    expect(imageOfMedia(mediaDoc({ mimeType: 'application/pdf' }), context(warnings))).toBeNull();
    expect(warnings).toEqual(['upload 7 is not an image: left out']);
  });

  it('encodes a URL that would break out of the attribute', () => {
    const doc = mediaDoc({ url: 'https://cms.example.be/a" onerror="x.jpg' });
    expect(imageOfMedia(doc, context([]))?.src).toBe(
      'https://cms.example.be/a%22%20onerror=%22x.jpg',
    );
  });

  it('refuses a size that is not a plain pixel count', () => {
    const warnings: string[] = [];
    expect(imageOfMedia(mediaDoc({ width: 1e9 }), context(warnings))).toBeNull();
    expect(warnings).toEqual(['image 7 has values that cannot be trusted in a page: left out']);
  });
});
