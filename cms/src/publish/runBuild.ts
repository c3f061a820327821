import { spawn } from 'node:child_process';
import path from 'node:path';
import { collectionSlugs, parsePublishEvent, type PortalId } from '@portals/content-models';
import type { Build } from '@portals/content-models/payload-types';
import type { Payload } from 'payload';
import { findQueuedBuild } from './findQueuedBuild.ts';
import type { PublishSettings } from './publishSettings.ts';

/** Lines of the build's output kept on the record, for the editor who asks why it failed. */
const logTail = 40;

/**
 * Takes the portal's queued build record (the one the edits of the burst were appended to)
 * and marks it running; creates one if a job arrived without it.
 */
async function claimBuild(payload: Payload, portal: PortalId): Promise<Build> {
  const startedAt = new Date().toISOString();
  const queued = await findQueuedBuild(payload, portal);
  if (queued) {
    return payload.update({
      collection: collectionSlugs.builds,
      id: queued.id,
      data: { status: 'running', startedAt },
      depth: 0,
      overrideAccess: true,
    });
  }
  return payload.create({
    collection: collectionSlugs.builds,
    data: {
      portal,
      status: 'running',
      queuedAt: startedAt,
      startedAt,
      summary: 'manual',
      triggers: [{ action: 'manual', at: startedAt }],
    },
    depth: 0,
    overrideAccess: true,
  });
}

export interface BuildOutcome {
  buildId: number | string;
  status: 'succeeded' | 'failed';
}

/**
 * Runs the configured build command for one portal and keeps its build record current: each
 * phase as it ends, then success (release, pages, duration from the first queued edit to
 * live) or the error. Record updates are written outside any request transaction so editors
 * see them while the build runs.
 */
export async function runBuild(
  payload: Payload,
  portal: PortalId,
  settings: Pick<PublishSettings, 'command' | 'env' | 'cwd' | 'readUrl'>,
): Promise<BuildOutcome> {
  const build = await claimBuild(payload, portal);
  const queuedAt = new Date(build.queuedAt).getTime();
  const phases: Record<string, number> = { queue: Date.now() - queuedAt };
  const tail: string[] = [];
  let done: { release: string; pages: number } | undefined;
  let error: string | undefined;
  // Updates go one after the other: a later phase must not be overwritten by an earlier write.
  let writes = Promise.resolve();
  const save = (data: Partial<Build>) => {
    writes = writes
      .then(async () => {
        await payload.update({
          collection: collectionSlugs.builds,
          id: build.id,
          data,
          depth: 0,
          overrideAccess: true,
        });
      })
      .catch((failure: unknown) => {
        payload.logger.error({ err: failure, msg: `Could not update build ${String(build.id)}` });
      });
  };
  save({ phases: { ...phases } });

  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(`${settings.command} ${portal}`, {
      shell: true,
      cwd: settings.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...settings.env,
        CMS_URL: settings.readUrl,
        // A portal's publisher, which the command may start (scripts/publisher.ts), stops with
        // the CMS that asked for its publications.
        PORTALS_PUBLISH_OWNER: String(process.pid),
        // The build runs on the CMS's own Node, whatever `node` the PATH finds first.
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      },
    });
    const onLine = (line: string) => {
      const event = parsePublishEvent(line);
      if (!event) {
        if (!line.trim()) return;
        console.log(`[publish ${portal}] ${line}`);
        tail.push(line);
        if (tail.length > logTail) tail.shift();
      } else if ('phase' in event) {
        phases[event.phase] = event.ms;
        save({ phases: { ...phases } });
      } else if ('done' in event) {
        done = event.done;
      } else {
        error = event.error;
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.on('data', (chunk: Buffer) => {
        const lines = (pending + chunk.toString()).split('\n');
        pending = lines.pop() ?? '';
        lines.forEach(onLine);
      });
      stream.on('end', () => pending && onLine(pending));
    }
    child.on('error', (spawnError) => {
      error = `Could not run the build command (${settings.command}): ${spawnError.message}`;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });

  const succeeded = exitCode === 0 && done !== undefined;
  const finishedAt = new Date();
  save({
    status: succeeded ? 'succeeded' : 'failed',
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - queuedAt,
    phases: { ...phases },
    pages: done?.pages ?? null,
    release: done?.release ?? null,
    error: succeeded
      ? null
      : (error ?? `The build command exited with code ${String(exitCode)}: ${settings.command}`),
    log: tail.join('\n'),
  });
  await writes;
  return { buildId: build.id, status: succeeded ? 'succeeded' : 'failed' };
}
