/** One start tag of a page: its name (lower case) and attributes (entity-decoded values). */
export interface HtmlTag {
  name: string;
  attrs: Record<string, string>;
}

// Script, style and comment bodies are text, not markup: a `<a href>` inside a script's string
// must not count as a link.
const opaque = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const startTag =
  /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references Astro and the rich-text renderer write in attributes. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    }
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return named[ref.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(attribute)) {
    const name = (match[1] ?? '').toLowerCase();
    // The first occurrence wins, as in browsers.
    if (name && !(name in attrs)) {
      attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    }
  }
  return attrs;
}

/**
 * The start tags of an HTML document, in order. Enough for the pages our builds write (no
 * full HTML parser is a dependency of the tests); the Nu checker validates the markup itself.
 */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  // Keep the start tags of script and style elements (their src/href count), drop their bodies.
  const markup = html.replace(opaque, (whole, name?: string, attrs?: string) =>
    name ? `<${name}${attrs ?? ''}>` : '',
  );
  for (const match of markup.matchAll(startTag)) {
    tags.push({ name: (match[1] ?? '').toLowerCase(), attrs: parseAttributes(match[2] ?? '') });
  }
  return tags;
}

/** The `lang` of the `<html>` element, or null when there is none. */
export function htmlLang(tags: readonly HtmlTag[]): string | null {
  return tags.find((tag) => tag.name === 'html')?.attrs.lang ?? null;
}
