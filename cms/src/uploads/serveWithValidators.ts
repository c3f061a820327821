import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { headersWithCors, type CollectionConfig } from 'payload';
import { isNotModified } from './isNotModified.ts';

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number];

// The types uploads may have (content-models' `acceptedMimeTypes`), by extension. Payload
// checked each file's content against its type when it was uploaded; any other name (an SVG,
// which needs Payload's content security policy) is left to Payload. A Map: an extension such
// as `.constructor` must not find a property of every object.
const contentTypes = new Map([
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['png', 'image/png'],
  ['webp', 'image/webp'],
  ['avif', 'image/avif'],
  ['gif', 'image/gif'],
  ['pdf', 'application/pdf'],
]);

/**
 * Serves an upload with an `ETag` and a `Last-Modified` date, and answers a request that
 * already holds the current file with 304 and no body. Payload's own file route sends neither,
 * so every portal build downloaded and re-encoded every image it shows (Astro keeps its encoded
 * images between builds, but re-uses one only after asking whether the file changed: issue #15).
 * `no-cache` makes caches ask each time: a replaced file is seen at the next build. Range
 * requests stay with Payload; access has been checked before any handler runs.
 */
export function serveWithValidators(staticDir: string): UploadHandler {
  const root = path.resolve(staticDir);
  return (req, { params: { filename } }) => {
    const contentType = contentTypes.get(path.extname(filename).slice(1).toLowerCase());
    const file = path.join(root, filename);
    if (!contentType || path.dirname(file) !== root || req.headers.get('range')) return;
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return;
    const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const headers = new Headers({
      ETag: etag,
      'Last-Modified': stats.mtime.toUTCString(),
      'Cache-Control': 'no-cache',
    });
    if (isNotModified(req.headers, etag, stats.mtime)) {
      return new Response(null, { status: 304, headers: headersWithCors({ headers, req }) });
    }
    headers.set('Content-Type', contentType);
    headers.set('Content-Length', String(stats.size));
    headers.set('Accept-Ranges', 'bytes');
    const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers: headersWithCors({ headers, req }) });
  };
}
