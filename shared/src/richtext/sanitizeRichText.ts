import sanitizeHtml from 'sanitize-html';
import { internalLinkAttribute, internalLinkValue } from './internalLinks.ts';
import { placeholderValues } from './mediaPlaceholders.ts';

const absoluteHttpUrl = /^https?:\/\//i;
/** Web, mail and phone links, site-absolute paths and fragments; nothing else is a link. */
const safeHref = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

/**
 * An `<img>` survives only as the placeholder the converter writes: every value checked and a
 * non-empty alt. Any other image (pasted HTML, a `src` to anywhere) is removed, since it would
 * bypass the image pipeline and could load from a third party.
 */
function isImagePlaceholder(attribs: Record<string, string>): boolean {
  return (
    Object.entries(placeholderValues).every(([name, valid]) => valid.test(attribs[name] ?? '')) &&
    (attribs.alt ?? '').trim() !== ''
  );
}

/**
 * Allow-list for article bodies. Whatever an editor types or pastes, only these elements,
 * attributes and URL schemes reach the page: scripts, event handlers, `javascript:` and
 * `data:` URLs and inline frames are dropped, so rich text can never run code.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    's',
    'u',
    'sub',
    'sup',
    'code',
    'pre',
    'span',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'hr',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    // Only as an image placeholder written by `richTextToHtml` (see `isImagePlaceholder`).
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'hreflang', 'lang', internalLinkAttribute],
    ol: ['start'],
    li: ['value'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    img: [...Object.keys(placeholderValues), 'alt'],
    '*': ['style', 'lang'],
  },
  // Only the inline styles the Lexical converter emits for alignment, indent and formats.
  allowedStyles: {
    '*': {
      'text-align': [/^(left|right|center|justify)$/],
      'text-decoration': [/^(underline|line-through)$/],
      'padding-inline-start': [/^\d{1,3}px$/],
      'list-style-type': [/^none$/],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'cite'],
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only h1; an editor's "Heading 1" becomes a section heading.
    h1: 'h2',
    a: (tagName, attribs) => {
      // An internal link waiting to be resolved by the page keeps its marker and nothing else.
      const internal = attribs[internalLinkAttribute];
      if (internal !== undefined) {
        return internalLinkValue.test(internal)
          ? { tagName, attribs: { [internalLinkAttribute]: internal } }
          : { tagName: 'span', attribs: {} };
      }
      const rest = { ...attribs };
      delete rest.rel;
      // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
      const href = [...(rest.href ?? '')].filter((char) => char > ' ').join('');
      // A link whose target is unsafe or unusable keeps its text, not a dead or dangerous <a>.
      if (!safeHref.test(href)) return { tagName: 'span', attribs: {} };
      // Links open in the same tab (no `target`), yet external ones still get `noopener`
      // so that a link later edited to open a new tab cannot reach `window.opener`.
      return {
        tagName,
        attribs: absoluteHttpUrl.test(href) ? { ...rest, rel: 'noopener' } : rest,
      };
    },
  },
  exclusiveFilter: (frame) =>
    // Empty paragraphs are how editors add vertical space; spacing belongs to the stylesheet.
    (frame.tag === 'p' && frame.text.trim() === '' && !frame.mediaChildren.length) ||
    (frame.tag === 'img' && !isImagePlaceholder(frame.attribs)),
};

/** Reduces any HTML to the article-body allow-list. Pure: same input, same output. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options);
}
