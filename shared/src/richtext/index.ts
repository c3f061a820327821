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
export {
  bodyImageHtml,
  bodyImageRequest,
  bodyImageSizes,
  renderBodyImage,
  type BodyImage,
  type GetImage,
} from './bodyImage.ts';
export { imageOfMedia, type MediaContext } from './imageOfMedia.ts';
export { shareImageRequest, shareImageWidth, type ShareImage } from './shareImage.ts';
