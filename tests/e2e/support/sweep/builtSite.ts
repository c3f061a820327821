import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { staticRoot } from '../../../../scripts/lib/releaseLayout.ts';
import { htmlTags, type HtmlTag } from './htmlTags.ts';

/** One HTML file of a build, read once and shared by the checks. */
export interface BuiltPage {
  /** The URL path that serves it: `/fr/articles/x/` for `fr/articles/x/index.html`. */
  urlPath: string;
  /** Its path inside the build's static root, for reports. */
  file: string;
  html: string;
  tags: HtmlTag[];
}

/** A portal's built site as the checks read it: its static files and its pages. */
export interface BuiltSite {
  portalId: string;
  /** The address the site is built for and served at (`http://localhost:…`). */
  url: string;
  /** The static root of the live release (what a web server serves). */
  root: string;
  /** Every file, relative to `root`, with forward slashes. */
  files: Set<string>;
  pages: Map<string, BuiltPage>;
}

/** The URL path of an HTML file: `index.html` files are served at their folder's path. */
export function urlPathOf(file: string): string {
  const posix = `/${file.split(path.sep).join('/')}`;
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

/**
 * The file a URL path names in a build, as a plain static host resolves it: a trailing slash
 * means the folder's `index.html`, anything else must be a file. Null when there is none.
 */
export function fileOfPath(files: ReadonlySet<string>, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = decoded.replace(/^\/+/, '');
  const file = decoded.endsWith('/') ? `${relative}index.html` : relative;
  return files.has(file) ? file : null;
}

/** Reads the live release of a portal: the folder may be the `dist` symlink. */
export function readBuiltSite(portalId: string, url: string, liveDir: string): BuiltSite {
  const root = staticRoot(liveDir);
  const files = new Set<string>();
  const pages = new Map<string, BuiltPage>();
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!statSync(path.join(root, entry)).isFile()) continue;
    const file = entry.split(path.sep).join('/');
    files.add(file);
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(path.join(root, entry), 'utf8');
    const urlPath = urlPathOf(entry);
    pages.set(urlPath, { urlPath, file, html, tags: htmlTags(html) });
  }
  return { portalId, url, root, files, pages };
}
