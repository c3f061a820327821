import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { portals, type Portal } from '@portals/content-models';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { serveStatic } from '../../scripts/lib/serveStatic.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { portalsWithSite } from '../../scripts/lib/paths.ts';
import { siteUrlVariable } from '../../scripts/lib/portalSiteUrl.ts';
import { repoTempDir } from '../../scripts/lib/repoTempDir.ts';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwawayCms.ts';
import { createDrafts, newDraftMarker } from './support/sweep/createDrafts.ts';

/** One built portal as the tests see it. */
export interface SiteUnderTest {
  /** Where it is served, and the site URL it is built for (its `SITE_URL_<PORTAL>`). */
  url: string;
  /** Its live `dist` link (a release folder with `client/` and `server/`). */
  liveDir: string;
  /** What Astro printed while building it. */
  buildLog: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    /** The throwaway CMS's PAYLOAD_SECRET, to sign preview links the admin would not give. */
    cmsSecret: string;
    /** Every portal that has a `sites/<id>/` folder, built once, by portal id. */
    sites: Record<string, SiteUnderTest>;
    /** Hospichild's `sites.hospichild.url`, `.liveDir`, `.buildLog`, as the older tests read them. */
    siteUrl: string;
    siteLiveDir: string;
    siteBuildLog: string;
    /** A word that only never-published documents in the CMS carry: no build may contain it. */
    draftMarker: string;
    /** The collections holding such a draft. */
    draftCollections: string[];
  }
}

/**
 * Seeds a throwaway CMS, saves a draft with a unique marker in each collection the sites show,
 * builds every portal that has a site folder from it (one after the other: CI has two cores)
 * into a temporary folder and serves each: the tests then see the sites exactly as a visitor
 * would. Hospichild is required; the other portals join as their site folders appear.
 */
export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[e2e] ${line}`);
  const outRoot = repoTempDir('tests/.tmp', 'e2e-site-');
  const built = portalsWithSite();
  if (!built.some((portal) => portal.id === portals.hospichild.id)) {
    throw new Error('sites/hospichild is missing: the e2e tests need it.');
  }
  // Served from the start (503 until built), so the ports the CMS's preview links and the
  // portals' links to each other name stay ours.
  const servers: Server[] = [];
  const sites: Record<string, SiteUnderTest> = {};
  for (const portal of built) {
    const liveDir = path.join(outRoot, portal.id, 'dist');
    const port = await freePort();
    servers.push(await serveStatic(liveDir, port));
    sites[portal.id] = { url: `http://localhost:${port}`, liveDir, buildLog: '' };
  }
  let cms: ThrowawayCms | undefined;
  // Each portal's public address is its test server, so links between portals lead to the
  // builds under test; the tests' own rebuilds inherit this too.
  const restoreSiteUrls = setEnv(
    Object.fromEntries(built.map((portal) => [siteUrlVariable(portal), siteOf(portal).url])),
  );
  function siteOf(portal: Portal): SiteUnderTest {
    const site = sites[portal.id];
    if (!site) throw new Error(`no test site for ${portal.id}`);
    return site;
  }
  const stop = () => {
    for (const server of servers) server.close();
    cms?.stop();
    restoreSiteUrls();
    rmSync(outRoot, { recursive: true, force: true });
  };
  const draftMarker = newDraftMarker();
  let draftCollections: string[];
  // The directory must not depend on the network or on the cache of an earlier real build: a
  // closed port fails at once, so the build falls back to the recorded snapshot, as when
  // Bruxelles Social is down. The builds inherit these through buildSite's environment.
  const restoreEnv = setEnv({
    OPEN_DATA_OFFLINE: undefined,
    OPEN_DATA_BASE_URL: `http://localhost:${await freePort()}/rest`,
    OPEN_DATA_CACHE_DIR: path.join(outRoot, 'open-data-cache'),
  });
  try {
    // The admin's preview links point at these sites.
    cms = await startThrowawayCms({
      log,
      env: {
        CMS_PREVIEW_SITE_URLS: built
          .map((portal) => `${portal.id}=${siteOf(portal).url}`)
          .join(','),
      },
    });
    draftCollections = await createDrafts(
      cms.url,
      built.map((portal) => portal.id),
      draftMarker,
    );
    for (const portal of built) {
      const site = siteOf(portal);
      const buildLog: string[] = [];
      await buildSite(portal, {
        cmsUrl: cms.url,
        siteUrl: site.url,
        liveDir: site.liveDir,
        log,
        onBuildLine: (line) => buildLog.push(line),
      });
      site.buildLog = buildLog.join('\n');
    }
  } catch (error) {
    stop();
    throw error;
  } finally {
    restoreEnv();
  }
  const hospichild = siteOf(portals.hospichild);
  project.provide('cmsUrl', cms.url);
  project.provide('cmsSecret', cms.env.PAYLOAD_SECRET ?? '');
  project.provide('sites', sites);
  project.provide('siteUrl', hospichild.url);
  project.provide('siteLiveDir', hospichild.liveDir);
  project.provide('siteBuildLog', hospichild.buildLog);
  project.provide('draftMarker', draftMarker);
  project.provide('draftCollections', draftCollections);
  return stop;
}

/** Sets (or, for undefined, removes) environment variables; returns what puts them back. */
function setEnv(values: Record<string, string | undefined>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  const apply = (entries: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(entries)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(values);
  return () => apply(previous);
}
