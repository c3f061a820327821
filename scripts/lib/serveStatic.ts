import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { locales } from '@portals/content-models';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The file a URL path names inside `root`, following the static-site conventions. */
export type Resolved = { file: string } | 'redirect' | null;

export function resolveFile(root: string, urlPath: string): Resolved {
  const decoded = decodeURIComponent(urlPath);
  const file = path.join(root, decoded);
  if (!file.startsWith(root)) return null;
  if (decoded.endsWith('/')) {
    return isFile(path.join(file, 'index.html')) ? { file: path.join(file, 'index.html') } : null;
  }
  if (isFile(file)) return { file };
  if (isFile(path.join(file, 'index.html'))) return 'redirect';
  if (isFile(`${file}.html`)) return { file: `${file}.html` };
  return null;
}

/** The language's own 404 page for `/fr/…` and `/nl/…`, the bilingual one elsewhere. */
function notFoundPage(root: string, urlPath: string): string | null {
  const first = urlPath.split('/')[1] ?? '';
  const candidates = (locales as readonly string[]).includes(first)
    ? [path.join(root, first, '404.html'), path.join(root, '404.html')]
    : [path.join(root, '404.html')];
  return candidates.find(isFile) ?? null;
}

/**
 * Serves a built site. `live` may be a symlink that a new release replaces at any moment:
 * it is resolved again on every request, so a publication shows without a restart.
 */
export function serveStatic(live: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    let root: string;
    try {
      root = realpathSync(live);
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('This portal has not been built yet.\n');
      return;
    }
    let resolved: Resolved;
    try {
      resolved = resolveFile(root, urlPath);
    } catch {
      resolved = null;
    }
    if (resolved === 'redirect') {
      response.writeHead(301, { location: `${urlPath}/` });
      response.end();
      return;
    }
    const file = resolved ? resolved.file : notFoundPage(root, urlPath);
    const status = resolved ? 200 : 404;
    const type = file
      ? (contentTypes[path.extname(file)] ?? 'application/octet-stream')
      : 'text/plain';
    response.writeHead(status, {
      'content-type': type,
      // Pages change with each publication; hashed assets never do.
      'cache-control': urlPath.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (!file || request.method === 'HEAD') {
      response.end(file ? undefined : 'Not found\n');
      return;
    }
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
