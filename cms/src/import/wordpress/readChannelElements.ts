import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { WxrError } from './WxrError.ts';

/** An element of the export with its text (CDATA included) and children, and where it starts. */
export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
  line: number;
};

/** The text of the first child named `name`, trimmed; undefined when the child is absent. */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text.trim();
}

/**
 * Streams an export and hands over each child of `<channel>` (items, categories, authors…)
 * once it is complete, so memory holds one item at a time whatever the file's size.
 * Malformed XML stops the read with the line and the element being read.
 */
export async function readChannelElements(
  file: string,
  onElement: (element: XmlElement) => void,
): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let failure: WxrError | undefined;
  // saxes closes the open elements before it reports a stray close tag: that one is at fault.
  let lastClosed: string | undefined;

  parser.on('error', (error) => {
    const problem = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    const at = (problem.includes('close tag') ? lastClosed : stack.at(-1)?.name) ?? 'rss';
    failure ??= new WxrError(parser.line, at, problem);
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = String(value);
    const element = { name: tag.name, attributes, text: '', children: [], line: parser.line };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    lastClosed = tag.name;
    const element = stack.pop();
    const parent = stack.at(-1);
    if (element && parent?.name === 'channel' && !failure) {
      parent.children.pop();
      onElement(element);
    }
  });

  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    parser.write(chunk as string);
    if (failure) throw failure;
  }
  parser.close();
  if (failure) throw failure;
}
