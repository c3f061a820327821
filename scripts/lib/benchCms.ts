import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { portals } from '@portals/content-models';
import { ensureCmsBuilt } from './ensureCmsBuilt.ts';
import { freePort } from './freePort.ts';
import { cmsDir, repoRoot } from './paths.ts';
import { run, start } from './run.ts';
import { sourceHash } from './sourceHash.ts';
import { throwawayCmsEnv } from './throwawayCms.ts';
import { waitForUrl } from './waitForUrl.ts';

export interface SeedFigures {
  count: number;
  seconds: number;
  perSecond: number;
  /** The database came from an earlier run's seed of the same size and code. */
  cached?: boolean;
}

/**
 * Seeded databases kept between runs: seeding 20,000 articles takes 10 to 20 minutes on two
 * cores, as long as everything else the bench does. One per size, named after a digest of the
 * seed's code, so a change to the seed seeds again; migrations newer than the copy are applied
 * to it before the CMS starts. `rm -r .bench/seeds` forces a fresh seed.
 */
const seedCache = path.join(repoRoot, '.bench', 'seeds');
const seedSources = [
  'benchCli.ts',
  'benchArticle.ts',
  'benchSections.ts',
  'seedUsers.ts',
  'toLexical.ts',
].map((file) => path.join(cmsDir, 'src', 'seed', file));
const seedFiles = ['cms.db', 'bench-seed.json'];

export interface BenchCms {
  url: string;
  /** Adds `count` bench articles numbered from `from`, with the CMS stopped. */
  grow: (from: number, count: number) => Promise<SeedFigures>;
  /** Stops the CMS and deletes its database. */
  dispose: () => void;
}

/**
 * The real CMS (production build, `next start`) on a fresh SQLite file that the benchmark grows
 * size after size. Unlike `startThrowawayCms`, the server stops while the seed process writes:
 * neither connection sets a busy timeout, so a job-runner poll during the seed would fail
 * with SQLITE_BUSY. It rebuilds Hospichild after each edit into `liveRoot`, as in production.
 */
export async function startBenchCms(
  liveRoot: string,
  log: (line: string) => void,
): Promise<BenchCms> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portals-bench-cms-'));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const env = throwawayCmsEnv(dataDir, url, {
    CMS_PUBLISH_PORTALS: portals.hospichild.id,
    SITE_LIVE_ROOT: liveRoot,
    OPEN_DATA_OFFLINE: '1',
  });
  let server: ReturnType<typeof start> | undefined;
  const stopServer = async () => {
    const running = server;
    server = undefined;
    if (!running?.pid || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    process.kill(-running.pid, 'SIGTERM');
    await exited;
  };
  const startServer = async () => {
    const cms = start('cms', 'npx', ['next', 'start', '--port', String(port)], {
      cwd: cmsDir,
      env,
    });
    server = cms;
    await waitForUrl(`${url}/api/articles?limit=1&depth=0`, 120_000, () => cms.exitCode === null);
  };
  const dispose = () => {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await ensureCmsBuilt(log);
    await run('migrate', 'npx', ['payload', 'migrate'], { cwd: cmsDir, env });
  } catch (error) {
    dispose();
    throw error;
  }
  return {
    url,
    dispose,
    grow: async (from, count) => {
      await stopServer();
      const cached = path.join(
        seedCache,
        `${sourceHash(seedSources).slice(0, 12)}-${from + count}`,
      );
      const copy = (fromDir: string, toDir: string) => {
        for (const file of seedFiles)
          copyFileSync(path.join(fromDir, file), path.join(toDir, file));
      };
      let reused = false;
      if (existsSync(path.join(cached, 'cms.db'))) {
        log(`Seed: reusing ${path.relative(repoRoot, cached)} (delete it to seed again).`);
        copy(cached, dataDir);
        await run('migrate', 'npx', ['payload', 'migrate'], { cwd: cmsDir, env });
        reused = true;
      } else {
        const args = ['tsx', 'src/seed/benchCli.ts', String(count), '--from', String(from)];
        await run('bench seed', 'npx', args, { cwd: cmsDir, env });
        mkdirSync(cached, { recursive: true });
        copy(dataDir, cached);
      }
      await startServer();
      const figures = readFileSync(path.join(dataDir, 'bench-seed.json'), 'utf8');
      return { ...(JSON.parse(figures) as SeedFigures), cached: reused };
    },
  };
}
