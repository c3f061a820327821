import { JSDOM } from 'jsdom';

const blockTags = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'FIGURE',
  'DIV',
  'TABLE',
  'PRE',
  'HR',
  'SECTION',
  'ARTICLE',
]);

/** The text that stands for an image until the Lexical tree has an upload node in its place. */
export type ImageToken = (image: { attachmentId?: number; src?: string; alt?: string }) => string;

function attachmentIdOf(image: Element): number | undefined {
  const id = /\bwp-image-(\d+)\b/.exec(image.getAttribute('class') ?? '')?.[1];
  return id === undefined ? undefined : Number(id);
}

/**
 * Readies WordPress content for Payload's HTML converter: block comments out, figures and
 * images turned into tokens in paragraphs of their own, embeds into links, and loose text
 * (classic editor content relies on `wpautop`) wrapped in paragraphs, a blank line separating
 * two. Returns notes on what the rich text cannot hold as it was (tables, embeds).
 */
export function prepareHtml(
  html: string,
  imageToken: ImageToken,
): { html: string; notes: string[] } {
  const notes: string[] = [];
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const body = document.body;
  const walker = document.createTreeWalker(body, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  const paragraph = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  };
  const tokenOf = (image: Element) =>
    imageToken({
      attachmentId: attachmentIdOf(image),
      src: image.getAttribute('src') ?? undefined,
      alt: image.getAttribute('alt') ?? undefined,
    });
  const link = (href: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = href;
    return a;
  };
  const linkParagraph = (href: string) => {
    const p = document.createElement('p');
    p.append(link(href));
    return p;
  };
  for (const frame of [...body.querySelectorAll('iframe')]) {
    const src = frame.getAttribute('src') ?? '';
    notes.push(`embedded frame became a link: ${src}`);
    frame.replaceWith(frame.parentElement === body ? linkParagraph(src) : link(src));
  }
  if (body.querySelector('table')) notes.push('table flattened into paragraphs');
  for (const figure of [...body.querySelectorAll('figure')]) {
    if (!figure.querySelector('img')) {
      // A block embed (video, social post) holds just its URL: it becomes a link. Other
      // figures (a block table) lose only their wrapper.
      const text = figure.textContent.trim();
      if (/^https?:\/\/\S+$/.test(text)) figure.replaceWith(linkParagraph(text));
      else figure.replaceWith(...figure.childNodes);
      continue;
    }
    const parts = [...figure.querySelectorAll('img')].map((image) => paragraph(tokenOf(image)));
    const caption = figure.querySelector('figcaption')?.textContent.trim();
    if (caption) parts.push(paragraph(caption));
    figure.replaceWith(...parts);
  }
  for (const image of [...body.querySelectorAll('img')]) {
    const link = image.parentElement;
    const target = link?.tagName === 'A' && link.textContent.trim() === '' ? link : image;
    target.replaceWith(document.createTextNode(tokenOf(image)));
  }
  wrapLooseContent(body, document);
  return { html: body.innerHTML, notes };
}

/** Wraps top-level runs of text and inline elements in paragraphs, split at blank lines. */
function wrapLooseContent(body: HTMLElement, document: Document): void {
  let run: Node[] = [];
  const flush = (before: Node | null) => {
    const html = run
      .map((node) =>
        node.nodeType === 3 ? escape(node.textContent ?? '') : (node as Element).outerHTML,
      )
      .join('');
    for (const node of run) node.parentNode?.removeChild(node);
    run = [];
    for (const chunk of html.split(/\n\s*\n/)) {
      if (!chunk.trim()) continue;
      const p = document.createElement('p');
      p.innerHTML = chunk.trim().replace(/\n/g, '<br>');
      body.insertBefore(p, before);
    }
  };
  for (const node of [...body.childNodes]) {
    if (node.nodeType === 1 && blockTags.has((node as Element).tagName)) flush(node);
    else run.push(node);
  }
  flush(null);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
