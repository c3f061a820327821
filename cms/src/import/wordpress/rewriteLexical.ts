import {
  paragraphNode,
  textNode,
  uploadNode,
  visitNodes,
  type LexicalNode,
  type LexicalState,
} from './lexicalNodes.ts';
import type { LinkTarget } from './linkTargets.ts';

/** `⟦media:attachment:30⟧` stands for an imported image, `⟦missing:file.png⟧` for one that is not. */
const tokenPattern = /⟦(media|missing):([^⟧]*)⟧/g;

export const mediaToken = (key: string) => `⟦media:${key}⟧`;
export const missingToken = (what: string) => `⟦missing:${what}⟧`;

const missingLabel = { fr: 'Image manquante', nl: 'Ontbrekende afbeelding' } as const;

/**
 * Finishes the converted body: images become upload nodes (the media's key until it has an
 * id), internal links point at the new documents, and links to the old site that lead
 * nowhere stay as they were and are returned for the report. Link ids are numbered so two
 * conversions of the same content give the same tree (a second import sees no change).
 */
export function rewriteLexical(
  state: LexicalState,
  resolve: (href: string) => LinkTarget,
  locale: 'fr' | 'nl',
): { state: LexicalState; brokenLinks: string[] } {
  const brokenLinks: string[] = [];
  let links = 0;
  visitNodes(state.root, (node) => {
    if (node.type === 'text' && node.text?.includes('⟦')) {
      node.text = node.text.replace(tokenPattern, (_, kind: string, what: string) =>
        kind === 'missing' ? `[${missingLabel[locale]} : ${what}]` : `⟦media:${what}⟧`,
      );
    }
    if (node.type !== 'link' && node.type !== 'autolink') return;
    links += 1;
    node.id = links.toString(16).padStart(24, '0');
    const url = typeof node.fields?.url === 'string' ? node.fields.url : undefined;
    if (!url) return;
    const target = resolve(url);
    if (target.kind === 'document') {
      node.fields = {
        linkType: 'internal',
        newTab: false,
        doc: { relationTo: target.ref.collection, value: target.ref.key },
      };
    } else if (target.kind === 'broken') {
      brokenLinks.push(url);
    }
  });
  state.root.children = (state.root.children ?? []).flatMap(splitAtImages);
  return { state, brokenLinks };
}

/** A paragraph holding image tokens becomes paragraphs around upload nodes. */
function splitAtImages(block: LexicalNode): LexicalNode[] {
  if (block.type !== 'paragraph' || !JSON.stringify(block).includes('⟦media:')) return [block];
  const out: LexicalNode[] = [];
  let inline: LexicalNode[] = [];
  const flush = () => {
    if (inline.some((node) => node.type !== 'text' || node.text?.trim())) {
      out.push({ ...block, children: inline });
    }
    inline = [];
  };
  for (const child of block.children ?? []) {
    if (child.type !== 'text' || !child.text?.includes('⟦media:')) {
      inline.push(child);
      continue;
    }
    for (const part of child.text.split(/(⟦media:[^⟧]*⟧)/)) {
      const key = /^⟦media:([^⟧]*)⟧$/.exec(part)?.[1];
      if (key) {
        flush();
        out.push(uploadNode(key));
      } else if (part) {
        inline.push({ ...child, text: part });
      }
    }
  }
  flush();
  return out.length > 0 ? out : [paragraphNode([textNode('')])];
}
