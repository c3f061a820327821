import { mkdtempSync, readdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { benchI18n } from './bench/i18n.ts';
import { benchBaseline, type BaselineFigures } from './lib/benchBaseline.ts';
import { startBenchCms } from './lib/benchCms.ts';
import { benchOpenData } from './lib/benchOpenData.ts';
import {
  openDataReport,
  scaleReport,
  type Baseline,
  type ScaleFailure,
} from './lib/benchReport.ts';
import { benchScale, type ScaleFigures } from './lib/benchScale.ts';
import { removeInBackground } from './lib/removeInBackground.ts';
import { repoTempDir } from './lib/repoTempDir.ts';

// `npm run bench [-- --sizes 1000,4000,20000,40000] [-- --publish-only] [-- --open-data-only]`:
// figures, not assertions (tests assert behaviour).
// - Scale, at each size in pages (default 1,000, 4,000, 20,000 and 40,000: half as many
//   bilingual Hospichild articles, in a three-level section tree): one CMS grown from size to
//   size, the full first build of the pipeline (CMS fetch + Astro + Pagefind, Astro's caches
//   emptied) with its peak memory, a rebuild with nothing changed, and publish → live of a
//   one-article edit (the CMS rebuilding after each change, as in production).
// - The full build against plain Astro building the same articles from Markdown, at 4,000
//   pages (or the first size asked for when 4,000 is not).
// - The directory: 4,000 organisations normalised and built, then rebuilt from the same snapshot.
// --publish-only: the scale part alone, at 1,000 pages unless --sizes says otherwise.
// --open-data-only: the directory alone, without a CMS.
function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);
const publishOnly = flag('--publish-only');
const sizes = (option('--sizes') ?? (publishOnly ? '1000' : '1000,4000,20000,40000'))
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
if (sizes.some((size) => !Number.isInteger(size) || size < 2)) {
  throw new Error(`--sizes takes page counts separated by commas, such as 1000,4000.`);
}
const baselineSize = sizes.includes(4000) ? 4000 : sizes[0];
// The benchmark measures the CMS pipeline; the directory reads the recorded snapshot, so a
// slow or absent Bruxelles Social service does not blur the figures.
process.env.OPEN_DATA_OFFLINE = '1';
// One clock for every build of the run: a rebuild crossing the hour would re-render the homes
// (they show what is next on the agenda) and index search again, blurring "nothing changed".
process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.now() / 1000));
const log = (line: string) => console.log(`[bench] ${line}`);
const work = mkdtempSync(path.join(tmpdir(), 'portals-bench-'));
const removals: Promise<void>[] = [];
const heading = () =>
  `\nBenchmark (${new Date().toISOString()}, load average ${loadavg()[0]?.toFixed(2)} at the end)`;

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  ).length;
}

async function openData(): Promise<string> {
  log('Open data: normalise 4,000 organisations, build their pages, build them again…');
  return openDataReport(await benchOpenData(4000, path.join(work, 'open-data'), countPages));
}

/** Grows one CMS through every size; the baseline is built when the CMS reaches its size. */
async function scale(): Promise<{
  figures: ScaleFigures[];
  failures: ScaleFailure[];
  baseline?: Baseline;
}> {
  const liveRoot = repoTempDir('.bench', 'site-');
  const cms = await startBenchCms(liveRoot, log);
  const figures: ScaleFigures[] = [];
  const failures: ScaleFailure[] = [];
  let baseline: Baseline | undefined;
  try {
    let seeded = 0;
    for (const size of sizes) {
      let step: ScaleFigures;
      try {
        step = await benchScale(
          cms,
          size,
          seeded,
          path.join(liveRoot, 'hospichild', 'dist'),
          countPages,
          log,
        );
      } catch (error) {
        // A size that cannot build (out of memory, say) is a figure: report it, go no larger.
        const message = (error as Error).message;
        failures.push({ size, message: message.split('\n').slice(-8).join('\n    ') });
        log(`Scale ${size}: failed: ${message}`);
        break;
      }
      figures.push(step);
      seeded = step.articles;
      if (size === baselineSize && !publishOnly) {
        log(`Baseline: the same ${step.articles} articles as local Markdown, plain Astro…`);
        const plain: BaselineFigures = await benchBaseline(cms.url, work, countPages, log);
        baseline = { pipeline: step, plain };
      }
    }
  } finally {
    cms.dispose();
    // Tens of thousands of pages take minutes to delete on these disks: after the report.
    removals.push(removeInBackground(liveRoot));
  }
  return { figures, failures, baseline };
}

try {
  if (flag('--open-data-only')) {
    const report = await openData();
    console.log(`${heading()}\n${report}`);
  } else {
    const { figures, failures, baseline } = await scale();
    const directory = publishOnly ? '' : `\n${await openData()}\n  ${benchI18n()}`;
    console.log(`${heading()}\n${scaleReport(figures, failures, baseline)}${directory}`);
  }
} finally {
  removals.push(removeInBackground(work));
  await Promise.all(removals);
}
process.exit(0);
