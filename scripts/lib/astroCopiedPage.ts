/**
 * How Astro 7's incremental build marks, in its log, a page it copied from the previous build
 * instead of rendering it: `├─ /fr/x/index.html (restored)` or `(cached)`. The bench counts
 * these lines and the e2e tests read them; one place to follow Astro's wording.
 */
export const astroCopiedPage = /\((?:restored|cached)\)/;
