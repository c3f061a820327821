import type { AstroPhases } from './benchAstroPhases.ts';
import type { BaselineFigures } from './benchBaseline.ts';
import type { OpenDataBenchResult } from './benchOpenData.ts';
import type { ScaleFigures } from './benchScale.ts';

export interface Baseline {
  pipeline: ScaleFigures;
  plain: BaselineFigures;
}

/** A size the pipeline could not build: the bench stops growing and says why. */
export interface ScaleFailure {
  size: number;
  message: string;
}

/** "Astro: start-up 2.1 s, sync 0.4 s, bundling 4.5 s, pages 1.4 s". */
function astroLine(a: AstroPhases): string {
  const t = (value: number) => `${value.toFixed(1)} s`;
  return `Astro: start-up ${t(a.startup)}, content sync + types ${t(a.sync)}, bundling ${t(a.bundle)}, pages ${t(a.pages)}`;
}

const n = (value: number) => Math.round(value).toLocaleString('en');
const s = (ms = 0) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
/** The issue's publish targets: ≤ 5 s around 1,000 pages, ≤ 8 s around 4,000. */
const publishTarget = (size: number) => (size <= 1000 ? 5 : size <= 4000 ? 8 : undefined);

function sizeLines(f: ScaleFigures): string {
  const rate = f.pages / f.fullSeconds;
  const ratio = f.rebuildSeconds / f.fullSeconds;
  const publishLine = (label: string, publish: ScaleFigures['publish'], target?: number) =>
    'error' in publish
      ? `    ${label} FAILED: ${publish.error}`
      : `    ${label} ${(publish.totalMs / 1000).toFixed(1)} s${target ? ` (target ≤ ${target} s) ${verdict(publish.totalMs <= target * 1000)}` : ''}: ` +
        `edit → queued ${s(publish.queueMs)}, debounce + pick-up ${s(publish.waitMs)}, script start ${s(publish.startMs)}, build ${s(publish.buildMs)}, ` +
        (publish.indexAfterLive
          ? `swap ${s(publish.deployMs)}, then the search index ${s(publish.indexMs)} after the page is live; `
          : `index ${s(publish.indexMs)}, swap ${s(publish.deployMs)}; `) +
        (publish.byPublisher ? 'built by the warm publisher' : 'built in its own process');
  return [
    `  ${n(f.pages)} pages (${n(f.articles)} articles; seed ${f.seed.perSecond.toFixed(0)} articles/s${f.seed.cached ? ', database reused from an earlier run' : ''})`,
    `    full build     ${f.fullSeconds.toFixed(1)} s = ${rate.toFixed(0)} pages/s, ${((f.fullSeconds * 1000) / f.pages).toFixed(2)} ms/page ` +
      `(CMS fetch + Astro ${s(f.fullPhases.build)}, Pagefind ${s(f.fullPhases.index)}, swap ${s(f.fullPhases.deploy)})`,
    `                   ${astroLine(f.fullAstro)}`,
    `    peak memory    ${n(f.memory.treeMiB)} MiB for the build's processes, ${n(f.memory.processMiB)} MiB for the largest (astro)`,
    `    rebuild        ${f.rebuildSeconds.toFixed(1)} s with nothing changed = ${ratio.toFixed(2)}× the full build (target ≤ 0.3) ${verdict(ratio <= 0.3)}; ` +
      `${n(f.reusedPages)} pages copied; Astro ${s(f.rebuildPhases.build)}, Pagefind ${s(f.rebuildPhases.index)}, swap ${s(f.rebuildPhases.deploy)}`,
    `                   ${astroLine(f.rebuildAstro)}`,
    publishLine('publish → live', f.publish, publishTarget(f.size)),
    publishLine('  first edit   ', f.firstPublish),
  ].join('\n');
}

/**
 * How cost grows: ms per page at each size, and the marginal cost of the pages each size adds
 * (the start-up of a build is paid once, so small sites cost more per page). Growth stops
 * being linear where the marginal cost rises above 1.25× the step before's: compared with the
 * first step instead, the few pages a small first step adds weigh less than the noise in a
 * build's start-up (10 s once on this machine), and every later step looked superlinear.
 */
function growthLines(figures: ScaleFigures[]): string {
  if (figures.length < 2) return '  growth: one size only, nothing to compare.';
  const lines = ['  growth (full build):'];
  let before: number | undefined;
  let broken: string | undefined;
  for (const [i, f] of figures.entries()) {
    const previous = figures[i - 1];
    const perPage = (f.fullSeconds * 1000) / f.pages;
    let text = `    ${n(f.pages)} pages: ${(f.pages / f.fullSeconds).toFixed(0)} pages/s, ${perPage.toFixed(2)} ms/page`;
    if (previous) {
      const marginal = ((f.fullSeconds - previous.fullSeconds) * 1000) / (f.pages - previous.pages);
      text += `; the ${n(f.pages - previous.pages)} pages added cost ${marginal.toFixed(2)} ms each`;
      if (before !== undefined) {
        const factor = marginal / before;
        text += ` (${factor.toFixed(2)}× the step before)`;
        if (!broken && factor > 1.25) broken = `${n(previous.pages)} → ${n(f.pages)} pages`;
      }
      before = marginal;
    }
    lines.push(text);
  }
  lines.push(
    broken
      ? `    cost stops being linear between ${broken} (marginal cost above 1.25× the step before)`
      : '    cost stays linear over these sizes (marginal cost within 1.25× the step before)',
  );
  return lines.join('\n');
}

function baselineLines({ pipeline, plain }: Baseline): string {
  const ratio = pipeline.fullSeconds / plain.seconds;
  return [
    `  full build against plain Astro from Markdown (same articles, both first builds + Pagefind):`,
    `    pipeline ${pipeline.fullSeconds.toFixed(1)} s for ${n(pipeline.pages)} pages; plain Astro ${plain.seconds.toFixed(1)} s for ${n(plain.pages)} pages ` +
      `(${plain.rebuildSeconds.toFixed(1)} s rebuilding from its cache)`,
    `    ratio ${ratio.toFixed(2)} (target ≤ 1.15) ${verdict(ratio <= 1.15)}`,
  ].join('\n');
}

/** The scale part of the report: each size, how cost grows, and the baseline comparison. */
export function scaleReport(
  figures: ScaleFigures[],
  failures: ScaleFailure[],
  baseline?: Baseline,
): string {
  return [
    'Scale (bilingual Hospichild articles in a 6 × 3 × 3 section tree; one CMS grown size after size):',
    ...figures.map(sizeLines),
    ...failures.map((f) => `  ${n(f.size)} pages: FAILED: ${f.message}`),
    growthLines(figures),
    baseline ? baselineLines(baseline) : '  full build against plain Astro: not measured.',
  ].join('\n');
}

export function openDataReport(result: OpenDataBenchResult): string {
  const total = result.totalSeconds;
  const all = result.reusedPages >= result.pages;
  return [
    `  open data: ${n(result.organisations)} organisations normalised and their pages built in ${total.toFixed(1)} s (target ≤ 10 s) ${verdict(total <= 10)}`,
    `    normalise ${result.normaliseSeconds.toFixed(2)} s, Astro build ${result.buildSeconds.toFixed(1)} s for ${n(result.pages)} pages (fr + nl)`,
    `    rebuild from the same snapshot ${result.rebuildSeconds.toFixed(1)} s, ${n(result.reusedPages)} of ${n(result.pages)} pages copied ` +
      `(target: all skipped) ${verdict(all)}`,
  ].join('\n');
}
