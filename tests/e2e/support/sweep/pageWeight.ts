import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileOfPath, type BuiltPage, type BuiltSite } from './builtSite.ts';

/** The size of a file sent with compression: gzip at the level web servers use by default. */
export function gzippedSize(content: Buffer | string): number {
  return gzipSync(content, { level: 6 }).length;
}

// `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`: static imports only;
// `import("…")` loads later, on demand.
const staticImport = /(?:^|[\s;}])(?:import|export)\s*(?:[\w$*{}\s,]+\s*from\s*)?["']([^"']+)["']/g;
const cssImport = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g;

/** What a tag makes the browser load as a stylesheet or a script before any interaction. */
function assetOf(tag: BuiltPage['tags'][number]): string | undefined {
  if (tag.name === 'script') return tag.attrs.src;
  if (tag.name !== 'link') return undefined;
  const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
  const as = tag.attrs.as?.toLowerCase();
  if (rel.includes('stylesheet') || rel.includes('modulepreload')) return tag.attrs.href;
  if (rel.includes('preload') && (as === 'style' || as === 'script')) return tag.attrs.href;
  return undefined;
}

/**
 * What a page weighs on the wire: its HTML, the stylesheets and scripts it loads (with their
 * static imports), each gzipped. Images, fonts and what scripts fetch later are left out.
 */
export function pageWeight(
  site: BuiltSite,
  page: BuiltPage,
  sizes: Map<string, number> = new Map(),
): { bytes: number; files: string[] } {
  const origin = new URL(site.url).origin;
  const seen = new Set<string>([page.file]);
  const queue: string[] = [];
  const enqueue = (address: string | undefined, base: string) => {
    if (!address) return;
    const url = new URL(address, new URL(base, origin));
    const file = url.origin === origin ? fileOfPath(site.files, url.pathname) : null;
    if (file && !seen.has(file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  for (const tag of page.tags) enqueue(assetOf(tag), page.urlPath);
  const sizeOf = (file: string, content?: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzippedSize(content ?? readFileSync(path.join(site.root, file)));
      sizes.set(file, size);
    }
    return size;
  };
  let bytes = sizeOf(page.file, page.html);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const content = readFileSync(path.join(site.root, file), 'utf8');
    bytes += sizeOf(file, content);
    const pattern = file.endsWith('.css') ? cssImport : staticImport;
    for (const match of content.matchAll(pattern)) enqueue(match[1], `/${file}`);
  }
  return { bytes, files: [...seen] };
}
