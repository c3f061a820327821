import { collectionSlugs, type PortalId } from '@portals/content-models';
import type { PayloadRequest } from 'payload';
import type { BuildTrigger } from './buildTrigger.ts';
import { findQueuedBuild } from './findQueuedBuild.ts';
import type { PublishSettings } from './publishSettings.ts';
import { wakeRunnerAt } from './wakeRunnerAt.ts';

export const rebuildTaskSlug = 'rebuildPortal';
/** Builds run on their own queue, so a long build never delays a scheduled publication. */
export const buildQueue = 'builds';
/** A mass import should not grow one build record without end. */
const maxTriggers = 50;

/** `« Titre » +4`: the record's title in lists, whatever the admin language. */
export function summarise(triggers: BuildTrigger[]): string {
  const [first] = triggers;
  if (!first) return '';
  const more = triggers.length > 1 ? ` +${triggers.length - 1}` : '';
  return `« ${first.documentTitle ?? first.documentId ?? '?'} »${more}`;
}

/**
 * Queues a rebuild of `portal` for `trigger`. Called from collection hooks with their `req`,
 * so the build record and the job are written in the same transaction as the change: the job
 * runner (another request) sees the job only once the change is committed, and a build never
 * reads the CMS before the edit that caused it is visible (payload#5886). On MongoDB (replica
 * set) that is a real transaction; Payload's SQLite adapter runs without transactions, where
 * each write is committed before `afterChange` runs, so the order gives the same guarantee.
 *
 * Coalescing: every edit appends to the portal's one queued build record and re-queues the
 * job; the task's `supersedes` rule deletes the job it replaces, so a burst leaves one job,
 * due `debounce` after the last edit but no later than `maxWait` after the first; the runner
 * is woken when it falls due.
 */
export async function queueRebuild(
  req: PayloadRequest,
  portal: PortalId,
  trigger: BuildTrigger,
  settings: Pick<PublishSettings, 'debounceMs' | 'maxWaitMs'>,
): Promise<void> {
  const { payload } = req;
  const now = Date.now();
  const queued = await findQueuedBuild(payload, portal, req);
  let firstQueuedAt = now;
  if (queued) {
    firstQueuedAt = new Date(queued.queuedAt).getTime();
    const triggers = [...(queued.triggers ?? []), trigger].slice(-maxTriggers);
    await payload.update({
      collection: collectionSlugs.builds,
      id: queued.id,
      data: { triggers, summary: summarise(triggers) },
      depth: 0,
      req,
      overrideAccess: true,
    });
  } else {
    await payload.create({
      collection: collectionSlugs.builds,
      data: {
        portal,
        status: 'queued',
        queuedAt: new Date(now).toISOString(),
        triggers: [trigger],
        summary: summarise([trigger]),
      },
      depth: 0,
      req,
      overrideAccess: true,
    });
  }
  const runAt = Math.max(
    Math.min(now + settings.debounceMs, firstQueuedAt + settings.maxWaitMs),
    now,
  );
  await payload.jobs.queue({
    task: rebuildTaskSlug,
    input: { portal },
    queue: buildQueue,
    waitUntil: new Date(runAt),
    req,
  });
  wakeRunnerAt(payload, buildQueue, runAt);
}
