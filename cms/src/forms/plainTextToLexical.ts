import type { FaqEntry } from '@portals/content-models/payload-types';

type RichText = NonNullable<FaqEntry['answer']>;

const block = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const };

function textNode(text: string) {
  return { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 };
}

/**
 * Plain text as the Lexical the editor stores: one paragraph per blank-line-separated block,
 * line breaks kept. Text only, never markup: what a reader or an editor typed stays inert.
 */
export function plainTextToLexical(text: string): RichText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return {
    root: {
      ...block,
      type: 'root',
      children: paragraphs.map((paragraph) => ({
        ...block,
        type: 'paragraph',
        textFormat: 0,
        children: paragraph
          .split('\n')
          .flatMap((line, index) => [
            ...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []),
            textNode(line),
          ]),
      })),
    },
  };
}
