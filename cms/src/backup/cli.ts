import path from 'node:path';
import { env } from '../env.ts';
import { redactUrl } from '../database.ts';
import { backup } from './backup.ts';
import { restore } from './restore.ts';

// `npm run backup [-- <folder>]` and `npm run restore -- <folder> [--force]`, from the
// repository root, with the same DATABASE_URL and CMS_DATA_DIR as the CMS. Stop the CMS
// before a restore.
const [command, ...rest] = process.argv.slice(2);
const force = rest.includes('--force');
const folder = rest.find((arg) => !arg.startsWith('--'));
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  console.log(`Database: ${redactUrl(env.DATABASE_URL)}; data folder: ${env.CMS_DATA_DIR}`);
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const outDir = path.resolve(folder ?? path.join('backups', stamp));
    await backup({ databaseUrl: env.DATABASE_URL, dataDir: env.CMS_DATA_DIR, outDir, log });
  } else if (command === 'restore' && folder) {
    const fromDir = path.resolve(folder);
    await restore({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.CMS_DATA_DIR,
      fromDir,
      force,
      log,
    });
  } else {
    throw new Error('usage: npm run backup [-- <folder>] | npm run restore -- <folder> [--force]');
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
