import { maxUploadBytes } from '@portals/content-models/collections';
import { refusal } from './refuse.ts';

/** Largest JSON (or other non-multipart) body: a document with its rich text in every locale. */
export const maxJsonBytes = 2 * 1024 * 1024;
/** Largest multipart body: one upload at its limit, plus the form's other fields. */
export const maxMultipartBytes = maxUploadBytes + 1024 * 1024;

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>;

function tooLarge(limit: number): Response {
  const megabytes = Math.round(limit / 1024 / 1024);
  return refusal(
    413,
    `Requête trop volumineuse : ${megabytes} Mo au plus`,
    `Verzoek te groot: hoogstens ${megabytes} MB`,
  );
}

/** The body, read until `limit` bytes at most; `null` once it goes over (the rest is never read). */
export async function readAtMost(body: ReadableStream<Uint8Array>, limit: number) {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/**
 * Wraps a REST route handler so that a body over its limit is refused with 413 before
 * anything parses it: at once when `content-length` says so, else as soon as the bytes read
 * pass the limit (a chunked body has no length). Payload reads whole bodies into memory
 * (`req.text()`), and an anonymous 200 MB POST took the server from 242 MB to 1 GB.
 */
export function limitRequestBody<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    if (!request.body) return handler(request, context);
    const type = request.headers.get('content-type') ?? '';
    const limit = type.startsWith('multipart/') ? maxMultipartBytes : maxJsonBytes;
    const declared = Number(request.headers.get('content-length') ?? Number.NaN);
    if (declared > limit) return tooLarge(limit);
    const body = await readAtMost(request.body, limit);
    if (!body) return tooLarge(limit);
    const headers = new Headers(request.headers);
    headers.set('content-length', String(body.byteLength));
    headers.delete('transfer-encoding');
    const bounded = new Request(request.url, {
      method: request.method,
      headers,
      body: body.byteLength > 0 ? body : null,
      signal: request.signal,
    });
    return handler(bounded, context);
  };
}
