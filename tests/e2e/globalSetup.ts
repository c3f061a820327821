import { rmSync } from 'node:fs';
import path from 'node:path';
import { portals } from '@portals/content-models';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { serveStatic } from '../../scripts/lib/serveStatic.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { repoTempDir } from '../../scripts/lib/repoTempDir.ts';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwawayCms.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    /** The throwaway CMS's PAYLOAD_SECRET, to sign preview links the admin would not give. */
    cmsSecret: string;
    siteUrl: string;
    siteLiveDir: string;
    /** What Astro printed while building the site. */
    siteBuildLog: string;
  }
}

/**
 * Seeds a throwaway CMS, builds Hospichild from it into a temporary folder and serves it:
 * the tests then see the site exactly as a visitor would.
 */
export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[e2e] ${line}`);
  const outRoot = repoTempDir('tests/.tmp', 'e2e-site-');
  const liveDir = path.join(outRoot, 'dist');
  // Served from the start (503 until built), so the port the CMS's preview links name stays ours.
  const port = await freePort();
  const siteUrl = `http://localhost:${port}`;
  const server = await serveStatic(liveDir, port);
  let cms: ThrowawayCms | undefined;
  const stop = () => {
    server.close();
    cms?.stop();
    rmSync(outRoot, { recursive: true, force: true });
  };
  // The directory must not depend on the network or on the cache of an earlier real build: a
  // closed port fails at once, so the build falls back to the recorded snapshot, as when
  // Bruxelles Social is down. The build inherits these through buildSite's environment.
  const restoreEnv = setEnv({
    OPEN_DATA_OFFLINE: undefined,
    OPEN_DATA_BASE_URL: `http://localhost:${await freePort()}/rest`,
    OPEN_DATA_CACHE_DIR: path.join(outRoot, 'open-data-cache'),
  });
  const buildLog: string[] = [];
  try {
    // The admin's preview links point at this site.
    cms = await startThrowawayCms({
      log,
      env: { CMS_PREVIEW_SITE_URLS: `${portals.hospichild.id}=${siteUrl}` },
    });
    await buildSite(portals.hospichild, {
      cmsUrl: cms.url,
      siteUrl,
      liveDir,
      log,
      onBuildLine: (line) => buildLog.push(line),
    });
  } catch (error) {
    stop();
    throw error;
  } finally {
    restoreEnv();
  }
  project.provide('cmsUrl', cms.url);
  project.provide('cmsSecret', cms.env.PAYLOAD_SECRET ?? '');
  project.provide('siteUrl', siteUrl);
  project.provide('siteLiveDir', liveDir);
  project.provide('siteBuildLog', buildLog.join('\n'));
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
