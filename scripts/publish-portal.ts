import { formatPublishEvent, getPortal, isPortalId } from '@portals/content-models';
import { publisherFiles, socketFolderIsPrivate } from './lib/publisher/publisherFiles.ts';
import { publishThroughPublisher } from './lib/publisher/publishThroughPublisher.ts';
import { publisherEnabled, startPublisher } from './lib/publisher/startPublisher.ts';

// `npm run portal:publish -- <portal>`: builds one portal from the CMS at CMS_URL, indexes it and
// deploys it. This is the command the CMS runs after a change (CMS_PUBLISH_COMMAND); besides
// its log it prints one `@publish {json}` line per phase and a last one with the result, which
// the CMS turns into the build record editors see.
//
// The portal's publisher (scripts/publisher.ts), when one runs, does the work in its warm
// process; otherwise this process does, then starts a publisher for the next publications.
const id = process.argv[2];
// Node's clock starts with the process: what the script took to load, before any build work,
// told once, before the first line of the publication.
let started = false;
const print = (line?: string) => {
  if (!started) {
    started = true;
    console.log(formatPublishEvent({ phase: 'start', ms: Math.round(performance.now()) }));
  }
  if (line !== undefined) console.log(line);
};
const portal = id && isPortalId(id) ? getPortal(id) : undefined;
// The portal's publisher, when publishers are on and its socket's folder is private.
const socket = portal && publisherEnabled() ? publisherFiles(portal).socket : undefined;
const publisher =
  portal && socket && socketFolderIsPrivate(socket) ? { portal, socket } : undefined;
const env = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
);
const served = publisher
  ? await publishThroughPublisher(publisher.socket, { portal: publisher.portal.id, env }, print)
  : undefined;
let live = served?.status === 'succeeded';
if (!served) {
  // Loaded only here: a publication handed to the publisher needs none of the build's modules.
  const [{ publishPortal }, { inProcessAstroBuild }, { boundCompileCache }] = await Promise.all([
    import('./lib/publishPortal.ts'),
    import('./lib/inProcessAstroBuild.ts'),
    import('./lib/boundCompileCache.ts'),
  ]);
  print();
  live = await publishPortal(id, inProcessAstroBuild);
  if (publisher) startPublisher(publisher.portal);
  // This build's bundle went into Node's compile cache, if the CMS turned it on.
  boundCompileCache();
}
// An in-process build may leave handles open (HTTP keep-alive, workers): the CMS waits for
// this process to exit before it closes the build record.
process.exit(live ? 0 : 1);
