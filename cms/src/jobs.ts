import type { JobsConfig } from 'payload';
import type { CmsEnv } from './env.ts';

/**
 * Payload's jobs queue, run inside the CMS process: the runner wakes on `CMS_JOBS_CRON` and
 * carries out the due jobs of the default queue, where scheduled publications and
 * unpublications wait. It starts with the server (`instrumentation.ts`), so a scheduled text
 * goes live even when nobody has the admin open.
 */
export function jobsConfig(env: CmsEnv): JobsConfig {
  return {
    autoRun: [{ cron: env.CMS_JOBS_CRON, queue: 'default', limit: 20 }],
  };
}
