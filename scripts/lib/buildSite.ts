import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Portal, PublishPhase } from '@portals/content-models';
import { spawnAstroBuild, type AstroBuild } from './astroBuild.ts';
import { withBuildLock } from './buildLock.ts';
import { deployRelease, type Deploy, type Release } from './deployRelease.ts';
import { siteDir } from './paths.ts';
import {
  forgetPreparedStaging,
  prepareStaging,
  pruneStaging,
  recordBuiltFrom,
  takePreparedStaging,
} from './preparedStaging.ts';
import { publishRelease, stagingName } from './publishRelease.ts';
import { staticRoot } from './releaseLayout.ts';
import { removeInBackground, removeSetAside, setAside } from './removeInBackground.ts';
import {
  indexStore,
  linkIndex,
  liveIndex,
  pruneSearchIndexes,
  searchIndex,
} from './searchIndex.ts';
import { waitForUrl } from './waitForUrl.ts';

export interface BuildSiteOptions {
  cmsUrl: string;
  /** Public address the pages are built for (canonical URLs, sitemap). */
  siteUrl?: string;
  /** Where the live site is published. @default `sites/<portal>/dist` */
  liveDir?: string;
  log?: (line: string) => void;
  /** Receives each line Astro prints while building (the e2e tests read the build's log). */
  onBuildLine?: (line: string) => void;
  /** Hears each phase as it ends, with its duration: the CMS shows them on the build record. */
  onPhase?: (phase: BuildPhase, ms: number) => void;
  /** Where the release goes besides the local `dist` link. @default local only */
  deploy?: Deploy;
  /**
   * Render every page, ignoring Astro's incremental cache (it is written afresh for the next
   * build). Code and dependency changes need no force: Astro compares each page's module
   * graph, the configuration and the lockfile itself. @default false
   */
  force?: boolean;
  /** How Astro runs. @default the `astro` command in a child process */
  astroBuild?: AstroBuild;
}

/** The steps of a publication, in order. `wait` is the time spent behind another build. */
export type BuildPhase = PublishPhase;

export type BuildResult = Release;

/** The folders one portal's builds use, whatever process runs them. */
function buildFolders(portal: Portal, liveDir = path.join(siteDir(portal), 'dist')) {
  const dir = siteDir(portal);
  // Releases sit beside the live link so that switching is a rename within one folder.
  const releasesDir = path.join(path.dirname(liveDir), '.releases');
  return {
    dir,
    liveDir,
    releasesDir,
    // Astro always builds into the same folder: a changing outDir would count as a config
    // change and throw away its content-layer and dependency caches on every build.
    staging: path.join(releasesDir, stagingName),
    // Every build of a portal shares its site folder's Astro caches (content store, incremental
    // pages, page trace), whatever its live folder: builds of one portal take turns, which also
    // keeps two builds out of one staging folder.
    astroCache: path.join(dir, 'node_modules', '.astro'),
  };
}

/** The environment an Astro build of the portal reads. */
function astroEnv(portal: Portal, cmsUrl: string, siteUrl: string | undefined): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CMS_URL: cmsUrl,
    SITE_URL: siteUrl ?? `http://localhost:${portal.localPort}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A published build always reads the CMS (see cmsLoader's `typesOnly`).
    SITE_TYPES_ONLY: undefined,
  };
}

/**
 * Builds one portal into a staging folder, indexes it, and only then makes it live
 * at `sites/<portal>/dist`. Any failure leaves the live site as it was.
 */
export async function buildSite(portal: Portal, options: BuildSiteOptions): Promise<BuildResult> {
  const { cmsUrl, siteUrl, log = console.log, onPhase = () => undefined } = options;
  const { astroBuild = spawnAstroBuild } = options;
  const { dir, liveDir, releasesDir, staging, astroCache } = buildFolders(portal, options.liveDir);
  const started = Date.now();
  mkdirSync(releasesDir, { recursive: true });
  let phaseStart = performance.now();
  const endPhase = (phase: BuildPhase) => {
    const now = performance.now();
    onPhase(phase, Math.round(now - phaseStart));
    phaseStart = now;
  };
  mkdirSync(astroCache, { recursive: true });
  const result = await withBuildLock(
    astroCache,
    portal.name.fr,
    async () => {
      endPhase('wait');
      log(`Building ${portal.name.fr} from ${cmsUrl}…`);
      // The staging folder a publisher filled with the live pages is built into (a forced
      // build renders every page and takes none); anything else a failed or manual build left
      // there is deleted while this build runs.
      const filled = takePreparedStaging(releasesDir, staging, astroCache);
      const prepared = options.force ? undefined : filled;
      const leftover = prepared ? Promise.resolve() : removeInBackground(staging);
      const deploy = options.deploy ?? { kind: 'local' };
      // A release handed to a deploy command or webhook holds its own index; a local one links
      // to the store.
      const store = deploy.kind === 'local' ? indexStore(releasesDir) : undefined;
      const previous = liveIndex(liveDir);
      // The pages go live first, with the search index of the release they replace; their
      // own index follows as soon as Pagefind has written it (one to five seconds). Only when
      // that index can be shared: a first build, a forced one or a deployed one is indexed
      // before it goes live.
      const indexLater = store && previous?.shared && !options.force ? previous : undefined;
      let pages = 0;
      try {
        await waitForUrl(`${cmsUrl}/api/articles?limit=1&depth=0`, 5_000).catch(
          (error: unknown) => {
            throw new Error(
              `The CMS cannot be reached at CMS_URL=${cmsUrl}: ${(error as Error).message}`,
            );
          },
        );
        await astroBuild({
          dir,
          outDir: staging,
          force: options.force ?? false,
          env: astroEnv(portal, cmsUrl, siteUrl),
          label: `build ${portal.id}`,
          onLine: options.onBuildLine,
        });
        if (prepared) {
          const removed = pruneStaging(staging, prepared, astroCache);
          log(
            `Built into the staging folder filled with the live pages${removed ? `; ${removed} withdrawn page(s) removed` : ''}.`,
          );
        }
        recordBuiltFrom(staging, astroCache);
        // Only the static files are indexed: the preview handler beside them never is.
        const root = staticRoot(staging);
        if (!existsSync(path.join(root, 'index.html'))) {
          throw new Error(`The build of ${portal.id} produced no index.html in ${root}.`);
        }
        endPhase('build');
        if (indexLater) {
          linkIndex(staging, indexLater.dir);
        } else {
          ({ pages } = await searchIndex(staging, previous, log, { force: options.force, store }));
          endPhase('index');
        }
      } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        throw new Error(
          `${portal.name.fr} was not published; the live site is unchanged. ${(error as Error).message}`,
          { cause: error },
        );
      }
      const name = new Date().toISOString().replace(/[:.]/g, '-');
      const release: Release = { portal, name, dir: path.join(releasesDir, name), pages };
      renameSync(staging, release.dir);
      try {
        await deployRelease(deploy, release);
      } catch (error) {
        // Not deployed, so not live: drop it rather than leave a release `rollback` could pick.
        rmSync(release.dir, { recursive: true, force: true });
        throw new Error(
          `${portal.name.fr} was built but not deployed; the live site is unchanged. ${(error as Error).message}`,
          { cause: error },
        );
      }
      const pruned = publishRelease(liveDir, release.dir);
      endPhase('deploy');
      if (indexLater) {
        try {
          ({ pages } = await searchIndex(release.dir, indexLater, log, { store }));
        } catch (error) {
          throw new Error(
            `${portal.name.fr} is live, but its search index was not updated: search still answers from the previous publication. ${(error as Error).message}`,
            { cause: error },
          );
        }
        release.pages = pages;
        endPhase('index');
      }
      // Live already: old releases, indexes no release links to any more and the last staging
      // leftovers are deleted meanwhile.
      await Promise.all([leftover, pruned]);
      if (store) await pruneSearchIndexes(releasesDir);
      return release;
    },
    { log },
  );
  log(`${portal.name.fr} is live (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return result;
}

/**
 * Fills the portal's staging folder with the live release's pages for its next build (see
 * preparedStaging.ts), under the build lock: a publisher does it while it waits for the next
 * edit, and aborts it when one comes. Resolves with the number of pages copied.
 */
export async function prepareNextBuild(
  portal: Portal,
  options: { liveDir?: string; signal?: AbortSignal; log?: (line: string) => void },
): Promise<number> {
  const { liveDir, releasesDir, staging, astroCache } = buildFolders(portal, options.liveDir);
  mkdirSync(astroCache, { recursive: true });
  return withBuildLock(
    astroCache,
    portal.name.fr,
    () => prepareStaging({ releasesDir, staging, liveDir, astroCache, signal: options.signal }),
    { log: options.log },
  );
}

/**
 * An Astro build of the portal into its staging folder, then thrown away: nothing is indexed,
 * deployed or changed for readers. It readies a process that will build again (the publisher's
 * compiled code) and leaves Astro's caches as a real build of the same content would.
 */
export async function warmUpSite(
  portal: Portal,
  options: Pick<BuildSiteOptions, 'cmsUrl' | 'siteUrl' | 'liveDir' | 'log'> & {
    astroBuild: AstroBuild;
  },
): Promise<void> {
  const { dir, releasesDir, staging, astroCache } = buildFolders(portal, options.liveDir);
  mkdirSync(releasesDir, { recursive: true });
  mkdirSync(astroCache, { recursive: true });
  await withBuildLock(
    astroCache,
    portal.name.fr,
    async () => {
      forgetPreparedStaging(releasesDir);
      const leftover = removeInBackground(staging);
      try {
        await options.astroBuild({
          dir,
          outDir: staging,
          force: false,
          env: astroEnv(portal, options.cmsUrl, options.siteUrl),
          label: `warm-up ${portal.id}`,
        });
      } finally {
        setAside(staging);
      }
      await leftover;
    },
    { log: options.log },
  );
  // Deleted once the lock is free: the next build need not wait for it.
  await removeSetAside(releasesDir);
}
