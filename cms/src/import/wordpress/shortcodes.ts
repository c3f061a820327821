/** Shortcodes the import turns into content; any other is kept as visible text and reported. */
const known = new Set(['caption', 'wp_caption', 'gallery', 'embed']);

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`${name}\\s*=\\s*["']([^"']*)["']`).exec(attributes)?.[1];
}

/**
 * Expands the shortcodes WordPress itself ships (caption, gallery, embed) into HTML the
 * converter reads, and lists the others. Those stay in the text as they were written, so an
 * editor sees them in the draft and decides (a form, a map: often a block of the new portal).
 */
export function expandShortcodes(html: string): { html: string; unknown: string[] } {
  const unknown = new Set<string>();
  const expanded = html
    .replace(/\[(?:wp_)?caption[^\]]*\]([\s\S]*?)\[\/(?:wp_)?caption\]/g, (_, inner: string) => {
      const image = /<img[^>]*>/.exec(inner)?.[0] ?? '';
      const caption = inner.replace(/<a[^>]*>\s*<img[^>]*>\s*<\/a>|<img[^>]*>/, '').trim();
      return `<figure>${image}<figcaption>${caption}</figcaption></figure>`;
    })
    .replace(/\[gallery([^\]]*)\]/g, (_, attributes: string) => {
      const ids = (attribute(attributes, 'ids') ?? '').split(',').map((id) => id.trim());
      return ids
        .filter(Boolean)
        .map((id) => `<p><img class="wp-image-${id}" alt=""></p>`)
        .join('');
    })
    .replace(/\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/g, (_, url: string) => {
      const href = url.trim();
      return `<p><a href="${href}">${href}</a></p>`;
    });
  for (const match of expanded.matchAll(/\[([a-z][\w-]*)(?=[\s\]/])[^\]]*\]/gi)) {
    const name = match[1]?.toLowerCase() ?? '';
    if (!known.has(name)) unknown.add(name);
  }
  return { html: expanded, unknown: [...unknown] };
}
