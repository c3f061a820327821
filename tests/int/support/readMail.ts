import { decodeQuotedPrintable } from './mailbox.ts';

/** A received message read whole: its headers (names in lower case) and its text and HTML parts. */
export interface ReadMail {
  headers: Record<string, string>;
  text: string;
  html: string;
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decoded(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (encoding === 'base64') return Buffer.from(part.body, 'base64').toString('utf8');
  return part.body;
}

/** The leaf parts of a (possibly nested) multipart message. */
function leaves(part: Part): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(part.headers['content-type'] ?? '')?.[1];
  if (!boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => splitPart(chunk.replace(/^\r?\n/, '')))
    .flatMap(leaves);
}

/** Reads what a mail client shows: headers, the plain-text part and the HTML part. */
export function readMail(raw: string): ReadMail {
  const message = splitPart(raw);
  const parts = leaves(message);
  const ofType = (type: string) =>
    parts.find((part) => (part.headers['content-type'] ?? '').startsWith(type));
  const text = ofType('text/plain');
  const html = ofType('text/html');
  return {
    headers: message.headers,
    text: text ? decoded(text) : '',
    html: html ? decoded(html) : '',
  };
}
