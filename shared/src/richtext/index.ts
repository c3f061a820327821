export {
  internalLinkAttribute,
  listInternalLinks,
  resolveInternalLinks,
  type InternalLinkResolver,
  type InternalLinkTarget,
} from './internalLinks.ts';
export { richTextToHtml, type LexicalState, type RichTextOptions } from './richTextToHtml.ts';
export { sanitizeRichText } from './sanitizeRichText.ts';
