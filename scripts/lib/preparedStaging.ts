import { createHash } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

// Astro's incremental build leaves a page already in its outDir when the page's key and code
// are unchanged since the build that wrote its manifest, and copies it from its cache
// otherwise. Each publication builds into an emptied staging folder, so every unchanged page
// was copied: 4,380 files at 4,384 pages, 2 to 3 s on these disks, on the way to the live site.
// A publisher fills the next staging folder with the live release's pages while it waits for
// the next edit; that build then copies nothing it already finds there.
//
// What makes a page found in the staging folder right: it is the output of the build whose
// manifest Astro compares against. So the staging folder is filled only from a release built
// by the build that wrote the current manifest (its digest is kept in the release), used only
// while the manifest is unchanged (no build since), and after the build every page of the
// previous manifest that this build no longer writes is deleted (a withdrawn article).

const manifestSchema = z.object({
  routes: z.record(
    z.string(),
    z.object({ paths: z.record(z.string(), z.object({ outputFile: z.string() })) }),
  ),
});

/** In a release: the digest of the manifest its build wrote. */
const builtFromName = 'incremental-build.sha256';
/** Beside the staging folder: the manifest digest the staging folder was filled for. */
const markerName = '.staging-prepared.json';
const markerSchema = z.object({ manifest: z.string() });

const manifestFile = (astroCache: string) => path.join(astroCache, 'incremental-build.json');

/** JSON with every object's keys sorted: equal manifests give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Astro's manifest as this module uses it: its digest and the page files it lists. */
interface Manifest {
  /**
   * Of everything but `keyDigest`, the digest of a key Astro draws afresh at every build (for
   * server islands, which the portals do not use). Two builds whose manifests agree on the
   * rest wrote the same pages: Astro itself copies one's page for the other's.
   */
  digest: string;
  /** Every page file (relative to the outDir) the manifest's build wrote. */
  outputs: Set<string>;
}

/** Reads Astro's manifest once; undefined when there is none or it cannot be read. */
function readManifest(astroCache: string): Manifest | undefined {
  try {
    const raw = JSON.parse(readFileSync(manifestFile(astroCache), 'utf8')) as Record<
      string,
      unknown
    >;
    const { routes } = manifestSchema.parse(raw);
    delete raw.keyDigest;
    return {
      digest: createHash('sha256').update(canonical(raw)).digest('hex'),
      outputs: new Set(
        Object.values(routes).flatMap((route) =>
          Object.values(route.paths).map((entry) => entry.outputFile),
        ),
      ),
    };
  } catch {
    return undefined;
  }
}

/** Notes in `release` (a finished build's outDir) which manifest its build wrote. */
export function recordBuiltFrom(release: string, astroCache: string): void {
  const manifest = readManifest(astroCache);
  if (manifest) writeFileSync(path.join(release, builtFromName), manifest.digest);
}

/**
 * Fills `staging` with the pages of the live release, when that release was built by the build
 * that wrote Astro's current manifest. Stops between two files when `signal` aborts (a
 * publication is waiting): what is already there stays usable. Resolves with the number of
 * pages copied, 0 when the live release cannot serve. Call under the portal's build lock.
 */
export async function prepareStaging(options: {
  releasesDir: string;
  staging: string;
  liveDir: string;
  astroCache: string;
  signal?: AbortSignal;
}): Promise<number> {
  const { releasesDir, staging, liveDir, astroCache, signal } = options;
  const marker = path.join(releasesDir, markerName);
  rmSync(marker, { force: true });
  rmSync(staging, { recursive: true, force: true });
  let release: string;
  let builtFrom: string;
  try {
    release = realpathSync(liveDir);
    builtFrom = readFileSync(path.join(release, builtFromName), 'utf8');
  } catch {
    return 0;
  }
  const manifest = readManifest(astroCache);
  if (manifest?.digest !== builtFrom) return 0;
  let copied = 0;
  for (const output of manifest.outputs) {
    if (signal?.aborted) break;
    const source = path.join(release, output);
    // A page moved after the build (the 404 pages) is not where the manifest says: Astro
    // copies it from its cache as before.
    if (!existsSync(source)) continue;
    const target = path.join(staging, output);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target);
    copied += 1;
  }
  // Written last: a process killed while copying leaves no marker, so no half-copied file is
  // ever taken for a page.
  writeFileSync(marker, JSON.stringify({ manifest: manifest.digest }));
  return copied;
}

/** True once a staging folder was filled for the next build (and not yet taken). */
export function stagingIsPrepared(releasesDir: string): boolean {
  return existsSync(path.join(releasesDir, markerName));
}

/** Forgets a filled staging folder (a build that throws its output away is about to run). */
export function forgetPreparedStaging(releasesDir: string): void {
  rmSync(path.join(releasesDir, markerName), { force: true });
}

/**
 * Takes the staging folder a publisher filled, when it is still valid (no build since): returns
 * the pages of Astro's current manifest, to prune with `pruneStaging` after the build.
 * Otherwise returns undefined, and the caller empties the staging folder as before.
 */
export function takePreparedStaging(
  releasesDir: string,
  staging: string,
  astroCache: string,
): Set<string> | undefined {
  const marker = path.join(releasesDir, markerName);
  let prepared: z.infer<typeof markerSchema>;
  try {
    prepared = markerSchema.parse(JSON.parse(readFileSync(marker, 'utf8')));
  } catch {
    return undefined;
  } finally {
    // Used once: whatever this build does, the staging folder is no longer the one prepared.
    rmSync(marker, { force: true });
  }
  const manifest = readManifest(astroCache);
  return existsSync(staging) && manifest?.digest === prepared.manifest
    ? manifest.outputs
    : undefined;
}

/**
 * After a build into a prepared staging folder: deletes the pages of the previous manifest
 * that this build did not write (Astro only prunes its own cache). Throws when the new manifest
 * cannot be read, since what to delete is then unknown. Returns how many were deleted.
 */
export function pruneStaging(staging: string, previous: Set<string>, astroCache: string): number {
  const next = readManifest(astroCache)?.outputs;
  if (!next) {
    throw new Error(
      `Astro wrote no readable incremental manifest in ${astroCache}: pages withdrawn since the last build cannot be told apart.`,
    );
  }
  let removed = 0;
  for (const output of previous) {
    if (next.has(output)) continue;
    const file = path.join(staging, output);
    if (!existsSync(file)) continue;
    rmSync(file);
    removed += 1;
    // A page is a folder's index.html: its folders go too while nothing else is left in them.
    for (
      let folder = path.dirname(file);
      folder.startsWith(`${staging}${path.sep}`) && readdirSync(folder).length === 0;
      folder = path.dirname(folder)
    ) {
      rmdirSync(folder);
    }
  }
  return removed;
}
