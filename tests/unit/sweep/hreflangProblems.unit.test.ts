import { describe, expect, it } from 'vitest';
import { hreflangProblems } from '../../e2e/support/sweep/hreflangProblems.ts';
import { page, siteOnDisk } from './siteOnDisk.ts';

const url = 'http://localhost:5001';
const alternates = (links: Record<string, string>) =>
  Object.entries(links)
    .map(([lang, path]) => `<link rel="alternate" hreflang="${lang}" href="${url}${path}">`)
    .join('');

describe('hreflangProblems', () => {
  it('accepts pages that list each other and themselves, x-default included', () => {
    const both = alternates({ fr: '/fr/', nl: '/nl/', 'x-default': '/' });
    const site = siteOnDisk('one', url, {
      'index.html': page('fr', '', both),
      'fr/index.html': page('fr', '', both),
      'nl/index.html': page('nl', '', both),
      'fr/seul/index.html': page('fr', ''),
    });
    expect(hreflangProblems(site)).toEqual([]);
  });

  it('names the page that is not listed back, the missing self and the wrong language', () => {
    const site = siteOnDisk('one', url, {
      'fr/a/index.html': page('fr', '', alternates({ fr: '/fr/a/', nl: '/nl/a/' })),
      'nl/a/index.html': page('nl', '', alternates({ nl: '/nl/a/' })),
      'fr/b/index.html': page('fr', '', alternates({ nl: '/nl/b/' })),
      'nl/b/index.html': page('fr', '', alternates({ nl: '/nl/b/', fr: '/fr/b/' })),
      'fr/c/index.html': page('fr', '', alternates({ fr: '/fr/c/', nl: '/nl/gone/' })),
    });
    expect(hreflangProblems(site).sort()).toEqual(
      [
        '/fr/a/: lists /nl/a/ (nl), which does not list it back',
        '/fr/b/: does not list itself among its alternates',
        '/fr/b/: hreflang="nl" /nl/b/ is a page in lang="fr"',
        '/nl/b/: lists itself as hreflang="nl" but is lang="fr"',
        '/fr/c/: hreflang="nl" /nl/gone/ is not a page of the build',
      ].sort(),
    );
  });
});
