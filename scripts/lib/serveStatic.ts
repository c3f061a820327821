import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { locales, previewSegment } from '@portals/content-models';
import { formOrigins, inlineScriptHashes, portalHeaders, portalPolicy } from './portalHeaders.ts';
import { findRedirect, redirectTable, type Redirect } from './redirectRules.ts';
import { serverEntry, staticRoot } from './releaseLayout.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  // Calendar apps subscribing to the agenda feed expect its own type.
  '.ics': 'text/calendar; charset=utf-8',
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

/** The Node adapter's middleware: renders the on-demand pages, calls `next` for anything else. */
type RenderOnDemand = (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => unknown;

// One handler per release, loaded at its first preview. A module cannot be unloaded, so a
// long-running server keeps the handlers of the releases it has served previews from; other
// paths never load one, so a 404 stays a static file.
const handlers = new Map<string, Promise<RenderOnDemand>>();

/** `/{locale}/preview/…`: the only pages the releases render on request. */
function isOnDemand(request: IncomingMessage, urlPath: string): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    urlPath.split('/')[2] === previewSegment
  );
}

function onDemandHandler(release: string): Promise<RenderOnDemand> | null {
  const entry = serverEntry(release);
  if (!entry) return null;
  let handler = handlers.get(entry);
  if (!handler) {
    handler = import(pathToFileURL(entry).href).then(
      (module: { handler: RenderOnDemand }) => module.handler,
    );
    handlers.set(entry, handler);
    // A failed load (a release deleted under us) is tried again on the next request.
    handler.catch(() => handlers.delete(entry));
  }
  return handler;
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  urlPath: string,
  file: string | null,
  status: number,
): void {
  const type = file
    ? (contentTypes[path.extname(file)] ?? 'application/octet-stream')
    : 'text/plain';
  // A page's policy names its inline scripts by hash and its forms' targets; other files get
  // the plain policy.
  const html = file?.endsWith('.html') ? readFileSync(file, 'utf8') : '';
  response.writeHead(status, {
    'content-security-policy': portalPolicy(inlineScriptHashes(html), formOrigins(html)),
    'content-type': type,
    // Pages change with each publication; hashed assets never do.
    'cache-control': urlPath.startsWith('/_astro/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  if (!file || request.method === 'HEAD') {
    response.end(file ? undefined : 'Not found\n');
    return;
  }
  createReadStream(file).pipe(response);
}

/**
 * Serves a built site: the release's static files, and its draft previews through the
 * release's on-demand handler (which falls back to the static 404 page). `live` may be a
 * symlink that a new release replaces at any moment: it is resolved again on every request,
 * so a publication shows without a restart, previews included.
 */
export function serveStatic(live: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const urlPath = url.pathname;
    let release: string;
    try {
      release = realpathSync(live);
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('This portal has not been built yet.\n');
      return;
    }
    const root = staticRoot(release);
    for (const [name, value] of Object.entries(portalHeaders)) response.setHeader(name, value);
    // The CMS's redirects come before the files: a fallback page lives at each old path.
    let redirect: Redirect | undefined;
    try {
      redirect = findRedirect(redirectTable(root), urlPath, url.search);
    } catch (error) {
      console.error(`Redirects not applied: ${(error as Error).message}`);
    }
    if (redirect) {
      response.writeHead(redirect.status, { location: redirect.to });
      response.end();
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
    if (resolved) {
      sendFile(request, response, urlPath, resolved.file, 200);
      return;
    }
    const notFound = () => sendFile(request, response, urlPath, notFoundPage(root, urlPath), 404);
    const onDemand = isOnDemand(request, urlPath) ? onDemandHandler(release) : null;
    if (!onDemand) {
      notFound();
      return;
    }
    onDemand
      .then((render) => render(request, response, notFound))
      .catch((error: unknown) => {
        console.error(`Could not render ${urlPath}: ${(error as Error).message}`);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('Server error\n');
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
