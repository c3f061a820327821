import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { portals } from '@portals/content-models';
import { buildSite } from './buildSite.ts';
import { cmsDir } from './paths.ts';
import { staticRoot } from './releaseLayout.ts';
import { repoTempDir } from './repoTempDir.ts';
import { run } from './run.ts';
import { startThrowawayCms } from './throwawayCms.ts';

export interface PublishLatency {
  pages: number;
  /** Edit sent → the build record and job written (the PATCH request). */
  queueMs: number;
  /** Debounce + the runner picking the job up. */
  waitMs: number;
  buildMs: number;
  indexMs: number;
  deployMs: number;
  /** Edit sent → the edited text readable in the live folder. */
  totalMs: number;
}

interface BuildRecord {
  status: string;
  pages?: number | null;
  phases?: Record<string, number> | null;
  error?: string | null;
}

/**
 * Publish-to-live latency of a portal of about `articles × 2` pages: a CMS that rebuilds after
 * each change (the real job runner and build command, default debounce), a live site built
 * once beforehand as in production, then one edit of a published article, timed until the
 * edited text is in the live folder.
 */
export async function benchPublish(
  articles: number,
  log: (line: string) => void,
): Promise<PublishLatency> {
  const liveRoot = repoTempDir('.bench', 'publish-');
  const liveDir = path.join(liveRoot, portals.hospichild.id, 'dist');
  const cms = await startThrowawayCms({
    log,
    seed: (env) =>
      run('bench seed', 'npx', ['tsx', 'src/seed/benchCli.ts', String(articles)], {
        cwd: cmsDir,
        env,
      }),
    env: {
      CMS_PUBLISH_PORTALS: portals.hospichild.id,
      SITE_LIVE_ROOT: liveRoot,
      OPEN_DATA_OFFLINE: '1',
    },
  });
  try {
    log('Publish latency: first build of the portal…');
    await buildSite(portals.hospichild, { cmsUrl: cms.url, liveDir, log: () => undefined });
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'redaction@example.be', password: 'demo-redaction' }),
    });
    if (!login.ok) throw new Error(`Could not log in to the bench CMS: ${login.status}`);
    const { token } = (await login.json()) as { token: string };
    const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` };
    const { docs } = (await (
      await fetch(`${cms.url}/api/articles?limit=1&depth=0&locale=fr&sort=id`, { headers })
    ).json()) as { docs: { id: number; slug: string }[] };
    const article = docs[0];
    if (!article) throw new Error('The bench CMS holds no article.');
    const marker = `Modifié pour la mesure ${Date.now()}`;
    const page = path.join(staticRoot(liveDir), 'fr', 'articles', article.slug, 'index.html');

    log('Publish latency: editing one article…');
    const start = performance.now();
    const response = await fetch(`${cms.url}/api/articles/${article.id}?locale=fr`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ summary: marker }),
    });
    if (!response.ok)
      throw new Error(`The edit failed: ${response.status} ${await response.text()}`);
    const queueMs = performance.now() - start;
    const deadline = Date.now() + 180_000;
    while (!(existsSync(page) && readFileSync(page, 'utf8').includes(marker))) {
      if (Date.now() > deadline) throw new Error('The edit did not go live within 3 minutes.');
      await sleep(50);
    }
    const totalMs = performance.now() - start;
    // The page is live before the build command has exited and its record is closed.
    let build: BuildRecord | undefined;
    while (!build || build.status === 'queued' || build.status === 'running') {
      if (Date.now() > deadline) throw new Error('The build record was not closed in time.');
      const builds = (await (
        await fetch(`${cms.url}/api/builds?limit=1&sort=-queuedAt&depth=0`, { headers })
      ).json()) as { docs: BuildRecord[] };
      build = builds.docs[0];
      if (!build) throw new Error('The edit queued no build.');
      await sleep(50);
    }
    if (build.status !== 'succeeded') {
      throw new Error(`The rebuild did not succeed: ${build.error ?? build.status}`);
    }
    const phase = (name: string) => build.phases?.[name] ?? 0;
    return {
      pages: build.pages ?? 0,
      queueMs,
      waitMs: phase('queue') + phase('wait'),
      buildMs: phase('build'),
      indexMs: phase('index'),
      deployMs: phase('deploy'),
      totalMs,
    };
  } finally {
    cms.stop();
    rmSync(liveRoot, { recursive: true, force: true });
  }
}
