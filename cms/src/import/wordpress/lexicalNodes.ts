/** The loose shape of a serialized Lexical node, as the import reads and rewrites it. */
export type LexicalNode = {
  type: string;
  version: number;
  children?: LexicalNode[];
  text?: string;
  fields?: Record<string, unknown> | null;
  [key: string]: unknown;
};

export type LexicalState = { root: LexicalNode };

export function textNode(text: string): LexicalNode {
  return { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' };
}

export function paragraphNode(children: LexicalNode[]): LexicalNode {
  return {
    type: 'paragraph',
    version: 1,
    children,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
  };
}

/** An image of the body; `value` holds the media's import key until its id is known. */
export function uploadNode(value: string | number): LexicalNode {
  return { type: 'upload', version: 3, format: '', fields: null, relationTo: 'media', value };
}

/** Visits every node of a tree, depth first, parents before their children. */
export function visitNodes(node: LexicalNode, visit: (node: LexicalNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) visitNodes(child, visit);
}
