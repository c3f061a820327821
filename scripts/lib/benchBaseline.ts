import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { portals } from '@portals/content-models';
import { readKind } from '@portals/shared/cms';
import { articleKind } from '@portals/shared/kit';
import { indexSite } from './indexSite.ts';
import { astroBin, repoRoot } from './paths.ts';
import { run } from './run.ts';

export interface BaselineFigures {
  pages: number;
  /** First build: Astro's content cache emptied, every Markdown file parsed. */
  seconds: number;
  /** The same build again, from Astro's cache. */
  rebuildSeconds: number;
}

const baselineRoot = path.join(repoRoot, 'scripts/bench/markdown-baseline');

/** Astro's cache of a project: the content layer's store and the incremental build manifest. */
export const contentCache = (root: string) => path.join(root, 'node_modules', '.astro');

/**
 * Plain Astro (+ Pagefind) building the CMS's articles from local Markdown files: what the
 * pipeline is compared with. Both are timed as first builds, with their caches emptied.
 */
export async function benchBaseline(
  cmsUrl: string,
  work: string,
  countPages: (dir: string) => number,
  log: (line: string) => void,
): Promise<BaselineFigures> {
  const markdownDir = path.join(work, 'markdown');
  rmSync(markdownDir, { recursive: true, force: true });
  const quiet = { info: () => undefined, warn: log };
  for (const article of await readKind(articleKind, {
    cmsUrl,
    portal: portals.hospichild.id,
    logger: quiet,
  })) {
    for (const locale of article.availableLocales) {
      const text = article.translations[locale];
      if (!text) continue;
      const body = text.bodyHtml.replace(/<\/p>/g, '\n\n').replace(/<[^>]+>/g, '');
      mkdirSync(path.join(markdownDir, locale), { recursive: true });
      const frontmatter = {
        article: article.id,
        locale,
        title: text.title,
        slug: text.slug,
        summary: text.summary,
      };
      writeFileSync(
        path.join(markdownDir, locale, `${text.slug}.md`),
        `---\n${Object.entries(frontmatter)
          .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
          .join('\n')}\n---\n\n${body}\n`,
      );
    }
  }
  const build = async (outDir: string) => {
    const started = performance.now();
    await run('baseline', astroBin, ['build', '--root', baselineRoot, '--outDir', outDir], {
      env: { ...process.env, BENCH_MARKDOWN_DIR: markdownDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    await indexSite(outDir, () => undefined);
    return (performance.now() - started) / 1000;
  };
  rmSync(contentCache(baselineRoot), { recursive: true, force: true });
  const outDir = path.join(work, 'baseline');
  const seconds = await build(outDir);
  const pages = countPages(outDir);
  const rebuildSeconds = await build(path.join(work, 'baseline-rebuild'));
  return { pages, seconds, rebuildSeconds };
}
