import type { Payload } from 'payload';

/** What waking needs of the Croner job Payload keeps in `payload.crons` for each runner. */
export interface RunnerCron {
  isBusy(): boolean;
  trigger(): Promise<void>;
}

export type RunnerHost = {
  config: { jobs: { autoRun?: Payload['config']['jobs']['autoRun'] } };
  crons: RunnerCron[];
};

/** A due job's `waitUntil` must be strictly before the runner's clock. */
const marginMs = 20;

/**
 * The cron that runs `queue`: Payload starts one per `jobs.autoRun` entry, in the order of that
 * list (`_initializeCrons`). None where the runners were not started (tests, the seed,
 * `next build`).
 */
function runnerOf(payload: RunnerHost, queue: string): RunnerCron | undefined {
  const { autoRun } = payload.config.jobs;
  if (!Array.isArray(autoRun) || payload.crons.length !== autoRun.length) return undefined;
  const index = autoRun.findIndex((runner) => runner.queue === queue);
  return index < 0 ? undefined : payload.crons[index];
}

/**
 * Runs the runner of `queue` when a job queued there falls due (`at`), rather than at its next
 * tick: with a one-second cron a rebuild otherwise waits half a second on average after its
 * debounce.
 *
 * Only the runner itself is woken, never a second `payload.jobs.run`: Payload claims jobs with
 * a read then a write (`updateJobs`), so two runs at once could both claim the same job. The
 * runner's cron is `protect`ed (no tick while a run is going on), and a wake-up is skipped
 * while it is busy: that run or the next tick takes the job, as without waking. With the
 * runner switched off, the woken tick checks `shouldAutoRun` as every tick does; a wake-up for
 * a job that a later edit pushed back finds nothing due.
 */
export function wakeRunnerAt(payload: RunnerHost, queue: string, at: number): void {
  const runner = runnerOf(payload, queue);
  if (!runner) return;
  const timer = setTimeout(
    () => {
      if (!runner.isBusy()) void runner.trigger();
    },
    Math.max(0, at - Date.now()) + marginMs,
  );
  // A pending wake-up never keeps the process alive.
  timer.unref();
}
