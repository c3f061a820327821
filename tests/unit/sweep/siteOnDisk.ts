import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readBuiltSite, type BuiltSite } from '../../e2e/support/sweep/builtSite.ts';

/** Writes a small build (file → content) to a temporary folder and reads it as the sweep does. */
export function siteOnDisk(
  portalId: string,
  url: string,
  files: Record<string, string | Buffer>,
): BuiltSite {
  const root = mkdtempSync(path.join(tmpdir(), `sweep-${portalId}-`));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return readBuiltSite(portalId, url, root);
}

/** A page with the given `<head>` extras and body, in a language. */
export function page(lang: string, body: string, head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><title>T</title>${head}</head><body>${body}</body></html>`;
}
