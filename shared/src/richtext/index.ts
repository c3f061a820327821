export {
  internalLinkAttribute,
  listInternalLinks,
  resolveInternalLinks,
  type InternalLinkResolver,
  type InternalLinkTarget,
} from './internalLinks.ts';
export { richTextToHtml, type LexicalState, type RichTextOptions } from './richTextToHtml.ts';
export { sanitizeRichText } from './sanitizeRichText.ts';
export {
  listMediaPlaceholders,
  mediaPlaceholder,
  resolveMediaPlaceholders,
  type MediaPlaceholder,
} from './mediaPlaceholders.ts';
export { bodyImageHtml, bodyImageRequest, bodyImageSizes, type BodyImage } from './bodyImage.ts';
