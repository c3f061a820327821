/**
 * Turns demo markup (see `SeedText`) into the Lexical JSON the editor stores, so demo
 * articles open in the admin exactly like typed ones.
 */
import type { Article } from '@portals/content-models/payload-types';

type LexicalNode = { type: string; version: number; [key: string]: unknown };
type RichText = NonNullable<Article['body']>;

const block = { format: '', indent: 0, version: 1, direction: 'ltr' } as const;

function textNode(text: string): LexicalNode {
  return { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 };
}

/** Splits `[label](url)` links out of a line into text and link nodes. */
function inline(line: string): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  const pattern = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) nodes.push(textNode(line.slice(last, match.index)));
    nodes.push({
      ...block,
      type: 'link',
      version: 3,
      fields: { url: match[2], newTab: false, linkType: 'custom' },
      children: [textNode(match[1] ?? '')],
    });
    last = match.index + match[0].length;
  }
  if (last < line.length) nodes.push(textNode(line.slice(last)));
  return nodes;
}

function blockNode(paragraph: string): LexicalNode {
  if (paragraph.startsWith('## ')) {
    return { ...block, type: 'heading', tag: 'h2', children: inline(paragraph.slice(3)) };
  }
  const lines = paragraph.split('\n');
  if (lines.every((line) => line.startsWith('- '))) {
    return {
      ...block,
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      children: lines.map((line, index) => ({
        ...block,
        type: 'listitem',
        value: index + 1,
        children: inline(line.slice(2)),
      })),
    };
  }
  return { ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: inline(paragraph) };
}

export function toLexical(paragraphs: string[]): RichText {
  return {
    root: { ...block, type: 'root', children: paragraphs.map(blockNode) },
  };
}
