import type { JobsConfig } from 'payload';
import type { CmsEnv } from './env.ts';
import { deleteExpiredMessagesTask } from './forms/deleteExpiredMessagesTask.ts';
import { newsletterTasks } from './newsletter/newsletterTasks.ts';
import { rebuildPortalTask } from './publish/rebuildPortalTask.ts';
import type { PublishSettings } from './publish/publishSettings.ts';
import { buildQueue } from './publish/queueRebuild.ts';

/**
 * Payload's jobs queue, run inside the CMS process (started with the server by
 * `instrumentation.ts`, so it works when nobody has the admin open). Two queues, each with its
 * own runner: `default` holds scheduled publications (woken on `CMS_JOBS_CRON`); `builds` holds
 * portal rebuilds (`CMS_PUBLISH_CRON`, every second by default), so a build that takes a while
 * never holds back a scheduled publication, and a publication goes live within seconds.
 */
export function jobsConfig(env: CmsEnv, publish: PublishSettings): JobsConfig {
  return {
    // Newsletter sending and scheduling, and the inbox's nightly retention job (issue #12), run
    // on the default queue.
    tasks: [rebuildPortalTask(publish), ...newsletterTasks, deleteExpiredMessagesTask],
    // Adds `concurrencyKey` to the jobs collection: one build per portal at a time, and only
    // the newest pending build of a burst (see rebuildPortalTask).
    enableConcurrencyControl: true,
    shouldAutoRun: () => env.CMS_JOBS_AUTORUN,
    autoRun: [
      { cron: env.CMS_JOBS_CRON, queue: 'default', limit: 20 },
      { cron: publish.cron, queue: buildQueue, limit: 10, silent: { info: true } },
    ],
  };
}
