import { paragraphNode, textNode, type LexicalNode, type LexicalState } from './lexicalNodes.ts';

type IdOf = (collection: string, key: string) => number | undefined;

/**
 * Swaps the import keys a converted body names for the ids of the documents written:
 * internal links and images. A link whose document could not be written becomes plain text,
 * an image whose media could not be written a visible marker; both are returned for the report.
 */
export function bindIds(
  state: LexicalState,
  idOf: IdOf,
): { state: LexicalState; unbound: string[] } {
  const unbound: string[] = [];
  const bind = (node: LexicalNode): LexicalNode[] => {
    if (node.type === 'upload' && typeof node.value === 'string') {
      const id = idOf('media', node.value);
      if (id !== undefined) return [{ ...node, value: id }];
      unbound.push(node.value);
      return [paragraphNode([textNode(`[image: ${node.value}]`)])];
    }
    const doc = node.fields?.doc as { relationTo: string; value: unknown } | undefined;
    if (node.type === 'link' && doc && typeof doc.value === 'string') {
      const id = idOf(doc.relationTo, doc.value);
      if (id === undefined) {
        unbound.push(doc.value);
        return (node.children ?? []).flatMap(bind);
      }
      return [
        {
          ...node,
          fields: { ...node.fields, doc: { ...doc, value: id } },
          children: (node.children ?? []).flatMap(bind),
        },
      ];
    }
    return [node.children ? { ...node, children: node.children.flatMap(bind) } : node];
  };
  return { state: { root: bind(state.root)[0] ?? state.root }, unbound };
}
