import { describe, expect, it } from 'vitest';
import { gzippedSize, pageWeight } from '../../e2e/support/sweep/pageWeight.ts';
import { page, siteOnDisk } from './siteOnDisk.ts';

const css = 'body{color:#111}'.repeat(50);
const chunk = 'export const a=1;'.repeat(40);
const entry = 'import{a}from"./chunk.js";console.log(a);import("/lazy.js");';
const html = page(
  'fr',
  '<img src="/big.png" alt=""><script type="module" src="/_astro/entry.js"></script>',
  '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">',
);
const site = siteOnDisk('one', 'http://localhost:5001', {
  'fr/index.html': html,
  '_astro/site.css': css,
  '_astro/entry.js': entry,
  '_astro/chunk.js': chunk,
  'lazy.js': 'x'.repeat(5000),
  'big.png': Buffer.alloc(50_000, 7),
  'favicon.svg': '<svg/>',
});

describe('pageWeight', () => {
  it('adds the gzipped HTML, stylesheets, scripts and their static imports', () => {
    const home = site.pages.get('/fr/');
    if (!home) throw new Error('no page');
    const { bytes, files } = pageWeight(site, home);
    expect(files.sort()).toEqual(
      ['fr/index.html', '_astro/site.css', '_astro/entry.js', '_astro/chunk.js'].sort(),
    );
    expect(bytes).toBe(
      gzippedSize(html) + gzippedSize(css) + gzippedSize(entry) + gzippedSize(chunk),
    );
  });

  it('compresses as a web server does, so repetitive text weighs little', () => {
    expect(gzippedSize('a'.repeat(10_000))).toBeLessThan(100);
  });
});
