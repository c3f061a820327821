import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type { Portal } from '@portals/content-models';
import { repoRoot } from '../paths.ts';
import { publisherFiles } from './publisherFiles.ts';

/** `PORTALS_PUBLISHER=off`: every publication in a fresh process, no publisher started. */
export function publisherEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PORTALS_PUBLISHER !== 'off';
}

/**
 * The publisher's environment: this process's, without Node's compile cache (which the CMS
 * turns on for the publication script): each build's new bundle would go into it, never to leave.
 */
export function publisherEnv<Env extends Record<string, string | undefined>>(env: Env): Env {
  const own = { ...env };
  delete own.NODE_COMPILE_CACHE;
  return own;
}

/**
 * Starts the portal's publisher in the background (`scripts/publisher.ts`), detached and with
 * this process's environment, writing to its log; it warms up, then answers the next
 * publications. Starting one where one runs already is harmless: the second one stops at once.
 */
export function startPublisher(portal: Portal): void {
  const { log } = publisherFiles(portal);
  mkdirSync(path.dirname(log), { recursive: true, mode: 0o700 });
  // Truncated: the log of the publisher running now, which this one replaces.
  const out = openSync(log, 'w');
  const child = spawn(
    process.execPath,
    [...process.execArgv, path.join(repoRoot, 'scripts', 'publisher.ts'), portal.id],
    { cwd: repoRoot, detached: true, stdio: ['ignore', out, out], env: publisherEnv(process.env) },
  );
  child.unref();
}
