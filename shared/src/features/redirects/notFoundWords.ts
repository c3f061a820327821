// The locales alone: this module runs in the 404 page, where the package's index (field
// definitions and all) would weigh more than the page.
import { locales } from '@portals/content-models/locales';

/** Parts of old addresses that say nothing about the page (`.html`, WordPress' `index.php`). */
const noise = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'index', 'page', 'www']);

/**
 * The words of a missing page's address, to look for the closest pages: `/fr/rooming-in.html`
 * gives `rooming in`. The language segment, numbers, file extensions and words of two letters
 * or fewer are dropped; the longest words come first and at most six are kept.
 */
export function notFoundWords(pathname: string): string[] {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: its words are still worth a try.
  }
  const segments = decoded.split('/').filter(Boolean);
  if ((locales as readonly string[]).includes(segments[0] ?? '')) segments.shift();
  const words = segments
    .flatMap((segment) => segment.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length > 2 && !/^\d+$/.test(word) && !noise.has(word));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 6);
}
