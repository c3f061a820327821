import { collectionSlugs, type PortalId } from '@portals/content-models';
import type { Build } from '@portals/content-models/payload-types';
import type { Payload } from 'payload';

/** Where one portal's publication stands, as the admin shows it. */
export interface PortalBuildStatus {
  portal: PortalId;
  queued: { since: string; runsAt: string | null; summary: string; changes: number } | null;
  running: { since: string; summary: string; phases: Record<string, number> } | null;
  /** The last build that ended, successful or not. */
  last: {
    id: number | string;
    status: 'succeeded' | 'failed';
    finishedAt: string;
    durationMs: number | null;
    summary: string;
    error: string | null;
  } | null;
  /** When the live version was published. */
  liveSince: string | null;
  /** Seconds until what is queued or running is live, when anything is. */
  liveInSeconds: number | null;
}

/** Used before the first build has been timed. */
const defaultBuildMs = 20_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/**
 * How long a build of the portal usually takes, from start to live: the median of its last
 * successful builds.
 */
export function typicalBuildMs(
  builds: Pick<Build, 'startedAt' | 'finishedAt' | 'status'>[],
): number {
  const durations = builds
    .filter((build) => build.status === 'succeeded' && build.startedAt && build.finishedAt)
    .slice(0, 5)
    .map((build) => Date.parse(build.finishedAt ?? '') - Date.parse(build.startedAt ?? ''));
  return median(durations) ?? defaultBuildMs;
}

/**
 * The estimate editors read as "live in ~N s": what remains of the running build, then, for
 * queued changes, the debounce left before their build starts plus a typical build.
 */
export function estimateLiveInSeconds(args: {
  now: number;
  typicalMs: number;
  runningSince: number | null;
  queuedRunsAt: number | null;
  hasQueued: boolean;
}): number | null {
  const { now, typicalMs, runningSince, queuedRunsAt, hasQueued } = args;
  if (runningSince === null && !hasQueued) return null;
  let ready = now;
  if (runningSince !== null) ready = Math.max(now + 1000, runningSince + typicalMs);
  if (hasQueued) {
    // The runner looks for due jobs every second; the next build starts after the running one.
    const start = Math.max(ready, (queuedRunsAt ?? now) + 1000);
    ready = start + typicalMs;
  }
  return Math.max(1, Math.round((ready - now) / 1000));
}

async function portalStatus(
  payload: Payload,
  portal: PortalId,
  now: number,
): Promise<PortalBuildStatus> {
  const { docs } = await payload.find({
    collection: collectionSlugs.builds,
    where: { portal: { equals: portal } },
    sort: '-queuedAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  });
  const queued = docs.find((build) => build.status === 'queued') ?? null;
  const running = docs.find((build) => build.status === 'running') ?? null;
  const finished = docs.filter(
    (build) => build.status === 'succeeded' || build.status === 'failed',
  );
  const last = finished.sort(
    (a, b) => Date.parse(b.finishedAt ?? '') - Date.parse(a.finishedAt ?? ''),
  )[0];
  const live = finished.find((build) => build.status === 'succeeded');
  let runsAt: string | null = null;
  if (queued) {
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { concurrencyKey: { equals: `rebuild:${portal}` } },
          { processing: { equals: false } },
          { completedAt: { exists: false } },
        ],
      },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    });
    runsAt = jobs.docs[0]?.waitUntil ?? null;
  }
  return {
    portal,
    queued: queued && {
      since: queued.queuedAt,
      runsAt,
      summary: queued.summary ?? '',
      changes: queued.triggers?.length ?? 0,
    },
    running: running && {
      since: running.startedAt ?? running.queuedAt,
      summary: running.summary ?? '',
      phases: (running.phases ?? {}) as Record<string, number>,
    },
    last: last
      ? {
          id: last.id,
          status: last.status as 'succeeded' | 'failed',
          finishedAt: last.finishedAt ?? last.queuedAt,
          durationMs: last.durationMs ?? null,
          summary: last.summary ?? '',
          error: last.error ?? null,
        }
      : null,
    liveSince: live?.finishedAt ?? null,
    liveInSeconds: estimateLiveInSeconds({
      now,
      typicalMs: typicalBuildMs(docs),
      runningSince: running ? Date.parse(running.startedAt ?? running.queuedAt) : null,
      queuedRunsAt: runsAt ? Date.parse(runsAt) : null,
      hasQueued: Boolean(queued),
    }),
  };
}

/** The publication status of every rebuilt portal. */
export async function buildStatus(
  payload: Payload,
  portals: PortalId[],
): Promise<PortalBuildStatus[]> {
  const now = Date.now();
  return Promise.all(portals.map((portal) => portalStatus(payload, portal, now)));
}
