import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import type { HTMLConverter, HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html';
import type { Locale } from '@portals/content-models';
import { internalLinkPlaceholder, type InternalLinkTarget } from './internalLinks.ts';
import { sanitizeRichText } from './sanitizeRichText.ts';
import { uploadToPlaceholder, type UploadNode } from './uploadToPlaceholder.ts';

/** A serialized Lexical editor state, as the CMS returns it in `body`. */
export type LexicalState = Parameters<typeof convertLexicalToHTML>[0]['data'];

export interface RichTextOptions {
  /** Receives what was dropped (unknown nodes, links to deleted documents) for the build log. */
  onWarning?: (message: string) => void;
  /** The body's language, in which an image's alternative text is taken. */
  locale?: Locale;
  /** The CMS base URL, to make upload URLs absolute. */
  cmsUrl?: string;
}

type LexicalNodes = Parameters<Exclude<HTMLConverter, string>>[0]['node'][];

interface LinkFields {
  linkType?: 'custom' | 'internal';
  url?: string | null;
  doc?: { relationTo: string; value: unknown } | null;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function internalTarget(doc: LinkFields['doc']): InternalLinkTarget | null {
  if (!doc) return null;
  const value = doc.value;
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value;
  return typeof id === 'string' || typeof id === 'number'
    ? { relationTo: doc.relationTo, id: String(id) }
    : null;
}

function converters({ onWarning, locale, cmsUrl }: RichTextOptions): HTMLConvertersFunction {
  const warn = onWarning ?? (() => undefined);
  // Payload's own upload converter writes a plain <img> with the CMS URL and no alt check.
  const upload: HTMLConverter<UploadNode & { type: string }> = ({ node }) =>
    uploadToPlaceholder(node, { locale, cmsUrl, warn });
  const link: HTMLConverter<{ type: string; children: LexicalNodes; fields: LinkFields }> = ({
    node,
    nodesToHTML,
  }) => {
    const children = nodesToHTML({ nodes: node.children }).join('');
    const fields = node.fields;
    if (fields.linkType === 'internal') {
      const target = internalTarget(fields.doc);
      if (!target) warn('internal link to a deleted document: rendered as plain text');
      // Resolved when the page is rendered (`resolveInternalLinks`), never stored as a URL.
      return target ? internalLinkPlaceholder(target, children) : children;
    }
    const href = fields.url ?? '';
    // The sanitizer decides which schemes survive and which links are external.
    return href ? `<a href="${escapeAttribute(href)}">${children}</a>` : children;
  };
  // Payload's list item carries role="checkbox", tabindex and `value` even in bullet lists;
  // plain items keep lists valid HTML and let browsers number ordered lists themselves.
  const listitem: HTMLConverter<{ type: string; children: LexicalNodes; value?: number }> = ({
    node,
    nodesToHTML,
    parent,
  }) => {
    const children = nodesToHTML({ nodes: node.children }).join('');
    const ordered = (parent as { listType?: string }).listType === 'number';
    const nested = node.children.some((child) => child.type === 'list');
    const value = ordered && node.value ? ` value="${Number(node.value)}"` : '';
    return `<li${value}${nested ? ' style="list-style-type: none"' : ''}>${children}</li>`;
  };
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    link,
    autolink: link,
    listitem,
    upload,
    // Blocks and custom nodes have no renderer yet: drop them visibly in the log, not the page.
    unknown: ({ node }) => {
      warn(`no HTML renderer for rich-text node "${node.type}": left out`);
      return '';
    },
  });
}

/**
 * Renders a Lexical body to safe HTML: Payload's converter first, then the sanitizer's
 * allow-list, so a `<script>` or a `javascript:` link typed by an editor renders inert.
 */
export function richTextToHtml(
  state: LexicalState | null | undefined,
  options: RichTextOptions = {},
): string {
  if (!state?.root) return '';
  const html = convertLexicalToHTML({
    data: state,
    converters: converters(options),
    disableContainer: true,
  });
  return sanitizeRichText(html);
}
