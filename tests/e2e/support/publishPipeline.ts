import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { portals } from '@portals/content-models';
import type { Build } from '@portals/content-models/payload-types';
import { buildSite } from '../../../scripts/lib/buildSite.ts';
import { freePort } from '../../../scripts/lib/freePort.ts';
import { repoTempDir } from '../../../scripts/lib/repoTempDir.ts';
import { serveStatic } from '../../../scripts/lib/serveStatic.ts';
import { startThrowawayCms, type ThrowawayCms } from '../../../scripts/lib/throwawayCms.ts';

/** Hospichild's line of the CMS's `/api/builds/status`. */
export interface PublishStatus {
  portal: string;
  queued: unknown;
  running: unknown;
  liveInSeconds: number | null;
  last: { id: number; status: string; finishedAt: string; error: string | null } | null;
}

/** A CMS that rebuilds Hospichild by itself, and the static server reading its live link. */
export interface PublishPipeline {
  cms: ThrowawayCms;
  siteUrl: string;
  liveDir: string;
  /** The demo admin's JWT. */
  token: string;
  /** Calls the CMS REST API as the demo admin; throws on an error answer. */
  api<T>(method: string, route: string, body?: unknown): Promise<T>;
  status(): Promise<PublishStatus>;
  /** Waits until every queued or running build has ended after `since`; returns the last one. */
  settledBuild(since: number, timeoutMs?: number): Promise<Build>;
  /** How many builds the CMS has recorded. */
  buildCount(): Promise<number>;
  /** The HTTP status of a page of the live site. */
  pageStatus(urlPath: string): Promise<number>;
  stop(): void;
}

/**
 * The publish pipeline as editors meet it: a CMS whose job runner rebuilds Hospichild with the
 * real build command (scripts/publish-portal.ts) after each change, a static server reading
 * the live link, and nobody running a command in between. Publishes the portal once first,
 * as `npm start` does.
 */
export async function startPublishPipeline(log: (line: string) => void): Promise<PublishPipeline> {
  const liveRoot = repoTempDir('tests/.tmp', 'publish-e2e-');
  const liveDir = path.join(liveRoot, 'hospichild', 'dist');
  const port = await freePort();
  const siteUrl = `http://localhost:${port}`;
  let cms: ThrowawayCms | undefined;
  let server: Server | undefined;
  const stop = () => {
    server?.close();
    cms?.stop();
    rmSync(liveRoot, { recursive: true, force: true });
  };
  try {
    cms = await startThrowawayCms({
      log,
      env: {
        CMS_PUBLISH_PORTALS: 'hospichild',
        CMS_PUBLISH_DEBOUNCE_SECONDS: '1',
        // Scheduled publications are due within a second, not a minute.
        CMS_JOBS_CRON: '* * * * * *',
        SITE_LIVE_ROOT: liveRoot,
        SITE_URL_HOSPICHILD: siteUrl,
        OPEN_DATA_OFFLINE: '1',
        OPEN_DATA_CACHE_DIR: path.join(liveRoot, 'open-data-cache'),
      },
    });
    await buildSite(portals.hospichild, { cmsUrl: cms.url, siteUrl, liveDir, log });
    server = await serveStatic(liveDir, port);
  } catch (error) {
    stop();
    throw error;
  }
  const cmsUrl = cms.url;
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'redaction@example.be', password: 'demo-redaction' }),
  });
  const { token } = (await login.json()) as { token: string };

  async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${cmsUrl}/api${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    }
    return (await response.json()) as T;
  }
  const status = async () =>
    (await api<{ portals: PublishStatus[] }>('GET', '/builds/status')).portals[0] as PublishStatus;

  async function settledBuild(since: number, timeoutMs = 150_000): Promise<Build> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = await status();
      const last = now.last;
      if (!now.queued && !now.running && last && Date.parse(last.finishedAt) > since) {
        return api<Build>('GET', `/builds/${last.id}?depth=0`);
      }
      if (Date.now() > deadline) throw new Error(`No build ended in time: ${JSON.stringify(now)}`);
      await sleep(500);
    }
  }

  return {
    cms,
    siteUrl,
    liveDir,
    token,
    api,
    status,
    settledBuild,
    buildCount: async () => (await api<{ totalDocs: number }>('GET', '/builds?limit=1')).totalDocs,
    // Not followed: a withdrawn page's address answers its redirect, which tests tell from a page.
    pageStatus: async (urlPath) =>
      (await fetch(`${siteUrl}${urlPath}`, { redirect: 'manual' })).status,
    stop,
  };
}
