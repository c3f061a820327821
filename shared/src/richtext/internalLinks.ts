/** The target of an internal link: a document of another collection, by id. */
export interface InternalLinkTarget {
  relationTo: string;
  id: string;
}

/** Returns the URL of a linked document, or null when it has no page in this language. */
export type InternalLinkResolver = (target: InternalLinkTarget) => string | null;

/**
 * Stored bodies keep an internal link as `<a data-internal-link="articles/12">`, resolved only
 * when a page is rendered: a body then never depends on another document, so a build that
 * re-reads only changed documents still links to a renamed, new or removed article correctly.
 */
export const internalLinkAttribute = 'data-internal-link';

/** What the attribute may hold: a collection slug and an id (numeric or MongoDB's hex). */
export const internalLinkValue = /^[a-z][a-z0-9-]*\/[A-Za-z0-9_-]+$/;

// Only `richTextToHtml` writes this attribute, and the sanitizer keeps it alone on the `<a>`,
// so the exact form is known. Links cannot nest in Lexical: the first `</a>` closes it.
const placeholder = /<a data-internal-link="([a-z][a-z0-9-]*)\/([A-Za-z0-9_-]+)">([\s\S]*?)<\/a>/g;

/** The `<a>` that stands for an internal link until the page resolves it. */
export function internalLinkPlaceholder(target: InternalLinkTarget, children: string): string {
  const value = `${target.relationTo}/${target.id}`;
  if (!internalLinkValue.test(value)) return children;
  return `<a ${internalLinkAttribute}="${value}">${children}</a>`;
}

/** Every internal link of a stored body, in order. */
export function listInternalLinks(html: string): InternalLinkTarget[] {
  return [...html.matchAll(placeholder)].map(([, relationTo = '', id = '']) => ({
    relationTo,
    id,
  }));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Turns the internal links of a stored body into real links; a target with no page in this
 * language becomes plain text, as an unsafe link does.
 */
export function resolveInternalLinks(html: string, resolve: InternalLinkResolver): string {
  return html.replace(placeholder, (_match, relationTo: string, id: string, children: string) => {
    const href = resolve({ relationTo, id });
    return href ? `<a href="${escapeAttribute(href)}">${children}</a>` : children;
  });
}
