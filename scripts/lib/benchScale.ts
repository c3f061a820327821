import { rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { portals } from '@portals/content-models';
import { astroCopiedPage } from './astroCopiedPage.ts';
import { astroPhaseClock, type AstroPhases } from './benchAstroPhases.ts';
import { contentCache } from './benchBaseline.ts';
import type { BenchCms, SeedFigures } from './benchCms.ts';
import { watchPeakMemory, type PeakMemory } from './benchMemory.ts';
import { benchPublish, type PublishLatency } from './benchPublish.ts';
import { waitForPublisher } from './publisher/waitForPublisher.ts';
import { buildSite, type BuildPhase } from './buildSite.ts';
import { siteDir } from './paths.ts';
import { stagingIsPrepared } from './preparedStaging.ts';
import { staticRoot } from './releaseLayout.ts';

export interface ScaleFigures {
  /** The size asked for, in pages (two per bilingual article). */
  size: number;
  articles: number;
  seed: SeedFigures;
  /** Pages in the live folder after the full build (articles, sections, lists, home…). */
  pages: number;
  fullSeconds: number;
  /** Phases of the full build: `build` is the CMS fetch and Astro, `index` Pagefind. */
  fullPhases: Partial<Record<BuildPhase, number>>;
  fullAstro: AstroPhases;
  memory: PeakMemory;
  rebuildSeconds: number;
  rebuildPhases: Partial<Record<BuildPhase, number>>;
  rebuildAstro: AstroPhases;
  /** Pages Astro copied from its previous build rather than rendering them again. */
  reusedPages: number;
  /** Publish → live, or why it could not be measured (the size's other figures still count). */
  publish: PublishLatency | { error: string };
  /** The edit before it, which may have run in a process of its own and started the publisher. */
  firstPublish: PublishLatency | { error: string };
}

/**
 * One size of the scale benchmark: grows the CMS to `size / 2` bilingual articles, then times
 * a full first build of the pipeline (Astro's caches emptied) with its peak memory, a rebuild
 * with nothing changed, and the publish-to-live latency of a one-article edit.
 */
export async function benchScale(
  cms: BenchCms,
  size: number,
  seeded: number,
  liveDir: string,
  countPages: (dir: string) => number,
  log: (line: string) => void,
): Promise<ScaleFigures> {
  const articles = Math.round(size / 2);
  log(`Scale ${size.toLocaleString('en')}: seeding articles ${seeded}…${articles - 1}…`);
  const seed = await cms.grow(seeded, articles - seeded);
  const build = async (onBuildLine?: (line: string) => void) => {
    const phases: Partial<Record<BuildPhase, number>> = {};
    const clock = astroPhaseClock();
    const started = performance.now();
    await buildSite(portals.hospichild, {
      cmsUrl: cms.url,
      liveDir,
      log: () => undefined,
      onBuildLine: (line) => {
        clock.onLine(line);
        onBuildLine?.(line);
      },
      onPhase: (phase, ms) => (phases[phase] = ms),
    });
    return { seconds: (performance.now() - started) / 1000, phases, astro: clock.phases() };
  };

  log(`Scale ${size.toLocaleString('en')}: full build (CMS fetch + Astro + Pagefind)…`);
  rmSync(contentCache(siteDir(portals.hospichild)), { recursive: true, force: true });
  const watch = watchPeakMemory();
  let memory: PeakMemory;
  let full: Awaited<ReturnType<typeof build>>;
  try {
    full = await build();
  } finally {
    // Logged even when the build fails: running out of heap is itself the figure.
    memory = watch.stop();
    log(
      `Scale ${size.toLocaleString('en')}: peak memory ${memory.treeMiB.toFixed(0)} MiB (tree), ${memory.processMiB.toFixed(0)} MiB (largest process)`,
    );
  }
  const pages = countPages(staticRoot(liveDir));

  log(`Scale ${size.toLocaleString('en')}: rebuild with nothing changed…`);
  let reusedPages = 0;
  const rebuild = await build((line) => {
    if (astroCopiedPage.test(line)) reusedPages += 1;
  });

  log(`Scale ${size.toLocaleString('en')}: publish → live of a one-article edit…`);
  // A rebuild that renders every page again takes minutes at 40,000 pages: a slow publication
  // is a figure to print, a hung one is not.
  const timeout = 180_000 + pages * 10;
  const edit = () =>
    benchPublish(cms.url, liveDir, log, timeout).catch((error: unknown) => ({
      error: (error as Error).message,
    }));
  // The first edit the CMS publishes runs in a process of its own and starts the portal's
  // publisher; editors' later edits meet it warm, which is the figure the target is about.
  const firstPublish = await edit();
  await waitForPublisher(portals.hospichild, timeout).catch((error: unknown) =>
    log(`Scale ${size.toLocaleString('en')}: ${(error as Error).message}`),
  );
  // An editor's next edit comes seconds or minutes later: by then the publisher has filled the
  // next build's staging folder with the live pages (preparedStaging.ts).
  const releasesDir = path.join(path.dirname(liveDir), '.releases');
  const preparedBy = Date.now() + 60_000;
  while (!stagingIsPrepared(releasesDir) && Date.now() < preparedBy) await sleep(200);
  const publish = await edit();
  return {
    size,
    articles,
    seed,
    pages,
    fullSeconds: full.seconds,
    fullPhases: full.phases,
    fullAstro: full.astro,
    memory,
    rebuildSeconds: rebuild.seconds,
    rebuildPhases: rebuild.phases,
    rebuildAstro: rebuild.astro,
    reusedPages,
    publish,
    firstPublish,
  };
}
