import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wakeRunnerAt, type RunnerCron, type RunnerHost } from '@portals/cms/publish';

function fakeRunner(busy = false) {
  const runner = { busy, runs: 0 };
  const cron: RunnerCron = {
    isBusy: () => runner.busy,
    trigger: () => {
      runner.runs += 1;
      return Promise.resolve();
    },
  };
  return { runner, cron };
}

/** A CMS whose runners were started as `jobsConfig` lists them: default queue, then builds. */
function host(crons: RunnerCron[]): RunnerHost {
  return {
    config: {
      jobs: {
        autoRun: [
          { cron: '* * * * *', queue: 'default' },
          { cron: '* * * * * *', queue: 'builds' },
        ],
      },
    },
    crons,
  };
}

describe('wakeRunnerAt', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-06T10:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the runner of that queue once the job is due, not before, and no other runner', () => {
    const jobs = fakeRunner();
    const builds = fakeRunner();
    wakeRunnerAt(host([jobs.cron, builds.cron]), 'builds', Date.now() + 1000);
    vi.advanceTimersByTime(1000);
    // `waitUntil` is compared strictly: the run starts just after it.
    expect(builds.runner.runs).toBe(0);
    vi.advanceTimersByTime(20);
    expect(builds.runner.runs).toBe(1);
    expect(jobs.runner.runs).toBe(0);
  });

  it('leaves the job to the run going on when the runner is busy', () => {
    const builds = fakeRunner(true);
    wakeRunnerAt(host([fakeRunner().cron, builds.cron]), 'builds', Date.now() + 1000);
    vi.advanceTimersByTime(2000);
    expect(builds.runner.runs).toBe(0);
  });

  it('runs at once for a job already due (the end of the longest wait)', () => {
    const builds = fakeRunner();
    wakeRunnerAt(host([fakeRunner().cron, builds.cron]), 'builds', Date.now() - 5000);
    vi.advanceTimersByTime(20);
    expect(builds.runner.runs).toBe(1);
  });

  it('does nothing where the runners were not started, or for a queue without a runner', () => {
    const builds = fakeRunner();
    wakeRunnerAt(host([]), 'builds', Date.now());
    wakeRunnerAt(host([fakeRunner().cron, builds.cron]), 'imports', Date.now());
    vi.advanceTimersByTime(5000);
    expect(builds.runner.runs).toBe(0);
  });

  it('does nothing when the runners are not the listed ones (a function decides them)', () => {
    const builds = fakeRunner();
    const cms: RunnerHost = {
      config: { jobs: { autoRun: () => Promise.resolve([]) } },
      crons: [fakeRunner().cron, builds.cron],
    };
    wakeRunnerAt(cms, 'builds', Date.now());
    vi.advanceTimersByTime(5000);
    expect(builds.runner.runs).toBe(0);
  });
});
