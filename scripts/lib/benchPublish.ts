import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { builtByPublisher } from './publisher/publisherProtocol.ts';
import { staticRoot } from './releaseLayout.ts';

export interface PublishLatency {
  pages: number;
  /** Edit sent → the build record and job written (the PATCH request). */
  queueMs: number;
  /** Debounce + the runner picking the job up. */
  waitMs: number;
  /** The publication script starting (Node, its imports) and waiting behind another build. */
  startMs: number;
  buildMs: number;
  indexMs: number;
  deployMs: number;
  /** The search index was written after the page went live (its phase came after the swap). */
  indexAfterLive: boolean;
  /** Edit sent → the edited text readable in the live folder. */
  totalMs: number;
  /** Built by the portal's warm publisher, not in a process of its own. */
  byPublisher: boolean;
}

interface BuildRecord {
  status: string;
  pages?: number | null;
  phases?: Record<string, number> | null;
  error?: string | null;
  log?: string | null;
}

/**
 * Publish-to-live latency of one edit on a CMS that rebuilds after each change (the real job
 * runner and build command, default debounce) into `liveDir`, which a first build has made
 * live beforehand as in production: the edit of a published article is timed until its text
 * is in the live folder, and the build record gives the phases.
 */
export async function benchPublish(
  cmsUrl: string,
  liveDir: string,
  log: (line: string) => void,
  timeoutMs = 180_000,
): Promise<PublishLatency> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'redaction@example.be', password: 'demo-redaction' }),
  });
  if (!login.ok) throw new Error(`Could not log in to the bench CMS: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` };
  const { docs } = (await (
    await fetch(`${cmsUrl}/api/articles?limit=1&depth=0&locale=fr&sort=id`, { headers })
  ).json()) as { docs: { id: number; slug: string }[] };
  const article = docs[0];
  if (!article) throw new Error('The bench CMS holds no article.');
  const marker = `Modifié pour la mesure ${Date.now()}`;
  const page = path.join(staticRoot(liveDir), 'fr', 'articles', article.slug, 'index.html');

  log('Publish latency: editing one article…');
  const start = performance.now();
  const response = await fetch(`${cmsUrl}/api/articles/${article.id}?locale=fr`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ summary: marker }),
  });
  if (!response.ok) throw new Error(`The edit failed: ${response.status} ${await response.text()}`);
  const queueMs = performance.now() - start;
  const deadline = Date.now() + timeoutMs;
  while (!(existsSync(page) && readFileSync(page, 'utf8').includes(marker))) {
    if (Date.now() > deadline)
      throw new Error(`The edit did not go live within ${timeoutMs / 1000} s.`);
    await sleep(50);
  }
  const totalMs = performance.now() - start;
  // The page is live before the build command has exited and its record is closed.
  let build: BuildRecord | undefined;
  while (!build || build.status === 'queued' || build.status === 'running') {
    if (Date.now() > deadline) throw new Error('The build record was not closed in time.');
    const builds = (await (
      await fetch(`${cmsUrl}/api/builds?limit=1&sort=-queuedAt&depth=0`, { headers })
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
    waitMs: phase('queue'),
    startMs: phase('start') + phase('wait'),
    buildMs: phase('build'),
    indexMs: phase('index'),
    deployMs: phase('deploy'),
    // The record keeps the phases in the order the publication reported them.
    indexAfterLive:
      Object.keys(build.phases ?? {}).indexOf('index') >
      Object.keys(build.phases ?? {}).indexOf('deploy'),
    totalMs,
    byPublisher: (build.log ?? '').includes(builtByPublisher),
  };
}
