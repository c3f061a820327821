/**
 * Next.js calls `register` once when the server starts (https://nextjs.org/docs/app/guides/instrumentation).
 * Payload is otherwise initialised on the first request; initialising it here, with its cron
 * jobs, starts the job runner with the process, so scheduled publications happen on time after
 * a restart even if nobody visits the CMS.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  const { getPayload } = await import('payload');
  const { default: config } = await import('./payload.config.ts');
  await getPayload({ config, cron: true });
}
