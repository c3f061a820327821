export {
  richTextToHtml,
  type InternalLinkTarget,
  type LexicalState,
  type RichTextOptions,
} from './richTextToHtml.ts';
export { sanitizeRichText } from './sanitizeRichText.ts';
