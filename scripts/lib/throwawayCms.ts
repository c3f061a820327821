import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureCmsBuilt } from './ensureCmsBuilt.ts';
import { freePort } from './freePort.ts';
import { cmsDir } from './paths.ts';
import { run, start } from './run.ts';
import { waitForUrl } from './waitForUrl.ts';

export interface ThrowawayCms {
  url: string;
  dataDir: string;
  /** The environment the CMS runs with (database, secret, URL). */
  env: NodeJS.ProcessEnv;
  stop: () => void;
}

export interface ThrowawayCmsOptions {
  log: (line: string) => void;
  /** Fills the fresh database; gets the environment that points at it. @default the demo seed */
  seed?: (env: NodeJS.ProcessEnv) => Promise<void>;
  /**
   * More environment for the CMS. Rebuilding portals after a change is off unless this turns
   * it on (`CMS_PUBLISH_PORTALS`, with `SITE_LIVE_ROOT` so builds never touch the real `dist` links).
   */
  env?: Record<string, string | undefined>;
}

/**
 * The environment of a CMS on its own SQLite file in `dataDir`, with a secret of its own,
 * answering at `url`; `extra` last.
 */
export function throwawayCmsEnv(
  dataDir: string,
  url: string,
  extra: Record<string, string | undefined>,
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CMS_DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    CMS_PUBLIC_URL: url,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/**
 * The real CMS (production build, `next start`) on a fresh SQLite file, migrated and seeded
 * exactly as `npm start` does it, on a free port. Tests and benchmarks use it.
 */
export async function startThrowawayCms({
  log,
  seed,
  env: extraEnv = {},
}: ThrowawayCmsOptions): Promise<ThrowawayCms> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portals-cms-'));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const env = throwawayCmsEnv(dataDir, url, { CMS_PUBLISH_PORTALS: 'none', ...extraEnv });
  const stop = (pid?: number) => {
    if (pid) process.kill(-pid, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await ensureCmsBuilt(log);
    await run('migrate', 'npx', ['payload', 'migrate'], { cwd: cmsDir, env });
    await (seed ? seed(env) : run('seed', 'npx', ['tsx', 'src/seed/cli.ts'], { cwd: cmsDir, env }));
  } catch (error) {
    stop();
    throw error;
  }
  const cms = start('cms', 'npx', ['next', 'start', '--port', String(port)], { cwd: cmsDir, env });
  try {
    await waitForUrl(`${url}/api/articles?limit=1&depth=0`, 120_000, () => cms.exitCode === null);
  } catch (error) {
    stop(cms.pid);
    throw error;
  }
  return { url, dataDir, env, stop: () => stop(cms.pid) };
}
