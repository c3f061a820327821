import path from 'node:path';
import type { Server } from 'node:http';
import { env as cmsEnv } from '@portals/cms/env';
import { buildSite } from './lib/buildSite.ts';
import { ensureCmsBuilt } from './lib/ensureCmsBuilt.ts';
import { ensurePortFree } from './lib/ensurePortFree.ts';
import { cmsDir, portalsWithSite, siteDir } from './lib/paths.ts';
import { run, start, stopAll } from './lib/run.ts';
import { serveStatic } from './lib/serveStatic.ts';
import { waitForUrl } from './lib/waitForUrl.ts';

// `npm start`: the CMS in production mode plus every portal built and served.
// `npm run dev`: the CMS with hot reload (`next dev`); the portals are built the same way.
const dev = process.argv.includes('--dev');
const cmsPort = 3000;
const cmsUrl = `http://localhost:${cmsPort}`;
const servers: Server[] = [];

let stopping = false;

function shutdown(code: number): void {
  stopping = true;
  stopAll();
  for (const server of servers) server.close();
  setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const portals = portalsWithSite();
  await ensurePortFree(cmsPort, 'the CMS');
  for (const portal of portals) await ensurePortFree(portal.localPort, portal.name.fr);

  console.log('1/4 Database: applying migrations, then demo content if the database is empty.');
  await run('migrate', 'npx', ['payload', 'migrate'], { cwd: cmsDir });
  await run('seed', 'npx', ['tsx', 'src/seed/cli.ts', '--if-empty'], { cwd: cmsDir });

  console.log(
    `2/4 CMS: starting ${dev ? 'next dev (hot reload)' : 'next start (production build)'}.`,
  );
  if (!dev) await ensureCmsBuilt();
  const cms = start('cms', 'npx', ['next', dev ? 'dev' : 'start', '--port', String(cmsPort)], {
    cwd: cmsDir,
  });
  await waitForUrl(`${cmsUrl}/api/articles?limit=1&depth=0`, 180_000, () => cms.exitCode === null);

  console.log('3/4 Portals: building from the CMS.');
  for (const portal of portals) await buildSite(portal, { cmsUrl });

  console.log('4/4 Serving.');
  for (const portal of portals) {
    servers.push(await serveStatic(path.join(siteDir(portal), 'dist'), portal.localPort));
  }
  console.log(
    `\nReady. Ctrl-C stops everything.\n  CMS admin   ${cmsUrl}/admin\n  REST API    ${cmsUrl}/api`,
  );
  for (const portal of portals) {
    console.log(`  ${portal.name.fr.padEnd(11)} http://localhost:${portal.localPort}`);
  }
  if (process.env.NODE_ENV !== 'production') {
    console.log(
      `  Demo login  ${cmsEnv.CMS_ADMIN_EMAIL} / ${cmsEnv.CMS_ADMIN_PASSWORD}  (development only; set CMS_ADMIN_* to change)`,
    );
  }
  cms.on('exit', (code) => {
    if (stopping) return;
    console.error(`The CMS stopped (exit code ${String(code)}).`);
    shutdown(1);
  });
}

main().catch((error: unknown) => {
  console.error(`\nnpm start failed: ${(error as Error).message}`);
  shutdown(1);
});
