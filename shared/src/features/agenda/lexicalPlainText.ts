/** The parts of a Lexical node the plain-text walk reads; the rest is ignored. */
interface LexicalNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

/** Nodes that start a new line of their own, as their HTML counterparts would. */
const blockTypes = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem']);

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? (node.children as LexicalNode[]) : [];
}

function inlineText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node).map(inlineText).join('');
}

function blocks(node: LexicalNode): string[] {
  if (node.type === 'list') return childrenOf(node).flatMap(blocks);
  if (node.type === 'listitem') {
    const nested = childrenOf(node).filter((child) => child.type === 'list');
    const own = childrenOf(node).filter((child) => child.type !== 'list');
    return [`– ${own.map(inlineText).join('').trim()}`, ...nested.flatMap(blocks)];
  }
  if (blockTypes.has(String(node.type))) return [inlineText(node).trim()];
  // Unknown containers (blocks, uploads) contribute their text, if any, as one paragraph.
  return [inlineText(node).trim()];
}

/**
 * A Lexical state as plain text, for places that take no HTML (calendar descriptions):
 * paragraphs separated by a blank line, list items on lines of their own, links as their text.
 */
export function lexicalPlainText(
  state: { root: { children: unknown[] } } | null | undefined,
): string {
  if (!state) return '';
  const lines = (state.root.children as LexicalNode[]).flatMap((node) =>
    node.type === 'list' ? [blocks(node).join('\n')] : blocks(node),
  );
  return lines.filter((line) => line !== '').join('\n\n');
}
