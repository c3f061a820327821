import fr from '../../../shared/src/i18n/fr.json' with { type: 'json' };
import nl from '../../../shared/src/i18n/nl.json' with { type: 'json' };

/** Shorter pieces ("Focus", "Contact", "Brochure") are the same word in both languages. */
const minLength = 12;

/**
 * What "a Dutch string" means for a French-only portal (issue #11): every literal piece of a
 * Dutch UI string (between `{{placeholders}}`) of at least 12 characters that French does
 * not share, plus the markup of a Dutch page or link.
 */
export function dutchMarkers(): string[] {
  const french = fr as Record<string, string>;
  const pieces = Object.entries(nl as Record<string, string>).flatMap(([key, value]) =>
    value === french[key]
      ? []
      : value
          .split(/\{\{[^}]+\}\}/)
          .map((piece) => piece.trim())
          .filter((piece) => piece.length >= minLength && !Object.values(french).includes(piece)),
  );
  return [...new Set([...pieces, 'lang="nl"', 'hreflang="nl"', 'href="/nl/'])];
}

/** Each page (by URL path) and the Dutch markers it contains. */
export function pagesWithDutch(
  pages: Iterable<{ urlPath: string; html: string }>,
  markers: readonly string[],
): string[] {
  const found: string[] = [];
  for (const page of pages) {
    const hits = markers.filter((marker) => page.html.includes(marker));
    if (hits.length > 0) found.push(`${page.urlPath}: ${hits.join(' | ')}`);
  }
  return found;
}
