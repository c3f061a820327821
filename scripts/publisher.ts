import { readFileSync, rmSync } from 'node:fs';
import { getPortal } from '@portals/content-models';
import { tryLock } from './lib/buildLock.ts';
import { prepareNextBuild, warmUpSite } from './lib/buildSite.ts';
import { inProcessAstroBuild } from './lib/inProcessAstroBuild.ts';
import { publicationTargets, publishPortal } from './lib/publishPortal.ts';
import { publisherCodeDigest } from './lib/publisher/publisherCodeDigest.ts';
import { publisherFiles, socketFolderIsPrivate } from './lib/publisher/publisherFiles.ts';
import { servePublisher } from './lib/publisher/servePublisher.ts';

// A portal's publisher: a long-lived process that runs the portal's publications in itself, so
// Node and Astro start once instead of once per publication (see inProcessAstroBuild). The
// publication script starts it after publishing by itself, with its own environment; it warms
// up with one build thrown away, then answers on its socket until it is idle for a while, has
// served its share of publications, its owner (the CMS) has gone, or the code on disk changes.
const portal = getPortal(process.argv[2] ?? '');
const files = publisherFiles(portal);
// Computed before anything of the portal is loaded: the code this process will run.
const digest = publisherCodeDigest(portal);
const log = (line: string) =>
  console.log(`[publisher ${portal.id} ${String(process.pid)}] ${line}`);

// Also creates the folder of the pid file and the log, unless the socket is in the temp folder.
if (!socketFolderIsPrivate(files.socket) || !socketFolderIsPrivate(files.pidFile)) {
  log(`the folder of ${files.socket} is not private to this user; not starting.`);
  process.exit(1);
}
// One publisher per portal: a second one started meanwhile stops here.
if (tryLock(files.pidFile) !== null) {
  log('another publisher of this portal is running; stopping.');
  process.exit(0);
}
const releasePidFile = () => {
  try {
    if (readFileSync(files.pidFile, 'utf8') === String(process.pid)) rmSync(files.pidFile);
  } catch {
    // Already gone (a cleaned cache folder): nothing to release.
  }
};
try {
  log('warming up (one build, not published)…');
  const started = performance.now();
  await warmUpSite(portal, {
    ...publicationTargets(portal),
    log,
    astroBuild: inProcessAstroBuild,
  });
  // While it waits for an edit, the publisher fills the next build's staging folder with the
  // live pages (preparedStaging.ts); a publication that comes meanwhile stops it and builds on
  // what is there.
  let preparing: { controller: AbortController; done: Promise<unknown> } | undefined;
  const prepare = (liveDir: string | undefined) => {
    const controller = new AbortController();
    const done = prepareNextBuild(portal, { liveDir, signal: controller.signal, log }).then(
      (pages) => pages > 0 && log(`next build prepared: ${pages} live pages in its staging folder`),
      (error: unknown) => log(`could not prepare the next build: ${(error as Error).message}`),
    );
    preparing = { controller, done };
  };
  prepare(publicationTargets(portal).liveDir);
  log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s on ${files.socket}`);
  const owner = Number(process.env.PORTALS_PUBLISH_OWNER);
  const publisher = await servePublisher({
    socket: files.socket,
    publish: async (request) => {
      preparing?.controller.abort();
      await preparing?.done;
      // Read while the request's environment applies: it names the live folder.
      const { liveDir } = publicationTargets(portal);
      const live = await publishPortal(request.portal, inProcessAstroBuild);
      prepare(liveDir);
      return live;
    },
    codeIsCurrent: () => publisherCodeDigest(portal) === digest,
    idleMs: 15 * 60_000,
    maxBuilds: 10,
    maxRssBytes: 2_500_000_000,
    ownerPid: Number.isInteger(owner) && owner > 0 ? owner : undefined,
    log,
  });
  // Stopped like any service: the publication in progress, if any, is finished first.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => publisher.stop(`stopped by ${signal}`));
  }
  await publisher.stopped;
} catch (error) {
  log(`failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  releasePidFile();
}
// Astro, Vite and sharp may keep handles open: the publisher is done.
process.exit();
