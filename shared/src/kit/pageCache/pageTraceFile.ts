import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { endPageTrace, startPageTrace, type PageTrace } from './pageTrace.ts';

const traceFileSchema = z.object({
  version: z.literal(2),
  pages: z.record(
    z.string(),
    z.object({ key: z.string(), route: z.string(), reads: z.record(z.string(), z.string()) }),
  ),
});

/**
 * Loads the previous build's page trace from `file` (Astro's cache folder) and removes it: a
 * build that fails from here on leaves no trace, and the next build renders every page rather
 * than trust a record that may not match what Astro's own cache holds.
 */
export function loadPageTrace(file: URL): PageTrace {
  let previous: PageTrace['previous'] = {};
  try {
    const parsed = traceFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) previous = parsed.data.pages;
  } catch {
    // No trace yet (first build, or the last one failed): every page is rendered.
  }
  rmSync(file, { force: true });
  return startPageTrace(previous, randomUUID());
}

/** Saves what this build's pages read, for the next build's cache keys; counts what it did. */
export function savePageTrace(
  file: URL,
  trace: PageTrace,
): { pages: number; rendered: number; kept: number } {
  const pages = endPageTrace(trace);
  const kept = [...trace.keyed].filter(([path, { key }]) => trace.previous[path]?.key === key);
  const temporary = new URL(`${file.href}.${process.pid}`);
  writeFileSync(temporary, JSON.stringify({ version: 2, pages }));
  renameSync(temporary, file);
  return {
    pages: Object.keys(pages).length,
    rendered: trace.read.size,
    kept: kept.length,
  };
}
