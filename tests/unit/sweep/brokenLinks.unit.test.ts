import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../e2e/support/sweep/brokenLinks.ts';
import { page, siteOnDisk } from './siteOnDisk.ts';

const other = siteOnDisk('other', 'http://localhost:5002', {
  'fr/index.html': page('fr', '<h2 id="contact">Contact</h2>'),
});

describe('brokenLinks', () => {
  it('accepts links to files, folders with an index, anchors, other portals and external hosts', () => {
    const site = siteOnDisk('one', 'http://localhost:5001', {
      'index.html': page('fr', '<a href="/fr/">fr</a>'),
      'fr/index.html': page(
        'fr',
        `<a href="#main">skip</a><main id="main"><a href="page/">relative</a>
         <a href="/fr/page/#part">anchor</a><a href="http://localhost:5001/fr/">absolute</a>
         <a href="http://localhost:5002/fr/#contact">other portal</a><a href="#top">top</a>
         <a href="https://example.org/missing">external</a><a href="mailto:a@b.be">mail</a>
         <img src="/_astro/a.png" srcset="/_astro/a.png 1x, /_astro/a.png 2x" alt="">
         <form action="/fr/page/"></form></main>`,
        '<link rel="stylesheet" href="/_astro/a.css">',
      ),
      'fr/page/index.html': page('fr', '<section id="part">x</section>'),
      '_astro/a.png': 'png',
      '_astro/a.css': 'a{}',
    });
    expect(brokenLinks(site, [site, other])).toEqual([]);
  });

  it('lists every missing file, anchor and page of another portal, not only the first', () => {
    const site = siteOnDisk('one', 'http://localhost:5001', {
      'fr/index.html': page(
        'fr',
        `<a href="/fr/gone/">gone</a><a href="/fr/page">no slash</a><a href="/fr/page/#nowhere">x</a>
         <a href="http://localhost:5002/fr/missing/">y</a><a href="http://localhost:5002/fr/#nope">z</a>
         <img srcset="/a.png 1x, /b.png 2x" alt="">`,
      ),
      'fr/page/index.html': page('fr', '<p id="here">x</p>'),
      'a.png': 'png',
    });
    expect(brokenLinks(site, [site, other])).toEqual([
      '/fr/: <a> "/fr/gone/" has no file',
      '/fr/: <a> "/fr/page" has no file',
      '/fr/: <a> "/fr/page/#nowhere": no element with id "nowhere"',
      '/fr/: <a> "http://localhost:5002/fr/missing/" (portal other) has no file',
      '/fr/: <a> "http://localhost:5002/fr/#nope" (portal other): no element with id "nope"',
      '/fr/: <img> "/b.png" has no file',
    ]);
  });
});
