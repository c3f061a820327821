import { astroCopiedPage } from '../../../scripts/lib/astroCopiedPage.ts';

/**
 * Reads Astro's build log (ANSI colours removed): each generated file is one line,
 * `├─ /fr/articles/x/index.html (+12ms)` when rendered, `(restored)` or `(cached)` when
 * Astro's incremental build copied it from the previous build.
 */
const fileLine = /[├└]─ (\/\S+) (.*)$/gm;

function files(log: string): { path: string; copied: boolean }[] {
  return [...log.matchAll(fileLine)].map(([, path = '', rest = '']) => ({
    path,
    copied: astroCopiedPage.test(rest),
  }));
}

/** The files the build rendered. */
export function renderedFiles(log: string): string[] {
  return files(log)
    .filter((file) => !file.copied)
    .map((file) => file.path);
}

/** The files the build copied from the previous build. */
export function copiedFiles(log: string): string[] {
  return files(log)
    .filter((file) => file.copied)
    .map((file) => file.path);
}

/** The kit's count of the route table's pages: unchanged since the last build, rendered. */
export function pageCounts(log: string): { unchanged: number; pages: number; rendered: number } {
  const match = /pages: (\d+) of (\d+) unchanged since the last build, (\d+) rendered/.exec(log);
  if (!match) throw new Error(`No page count in the build log:\n${log.slice(-2000)}`);
  return { unchanged: Number(match[1]), pages: Number(match[2]), rendered: Number(match[3]) };
}

/**
 * The optimised images of a build by how Astro got them: `encoded` from the original, or
 * `reused` from its image cache (with or without asking the CMS whether the file changed).
 */
export function imageOutcomes(log: string): { encoded: string[]; reused: string[] } {
  const lines = [...log.matchAll(/▶ (\/\S+) \((before: |reused|revalidated)/gm)];
  const paths = (encoded: boolean) =>
    lines.filter(([, , how]) => (how === 'before: ') === encoded).map(([, path = '']) => path);
  return { encoded: paths(true), reused: paths(false) };
}
