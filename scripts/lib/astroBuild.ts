import { astroBin } from './paths.ts';
import { run } from './run.ts';

/** One `astro build` of a site folder into `outDir`, with the environment it reads. */
export interface AstroBuildRequest {
  /** The site folder (Astro's root). */
  dir: string;
  outDir: string;
  /** Render every page, ignoring the incremental cache (`astro build --force`). */
  force: boolean;
  env: NodeJS.ProcessEnv;
  /** Names the build in its log lines and errors. */
  label: string;
  /** Receives each line Astro prints. */
  onLine?: (line: string) => void;
}

/** Runs one Astro build; rejects with what Astro said when it fails. */
export type AstroBuild = (request: AstroBuildRequest) => Promise<void>;

/** The `astro` command in a child process: a fresh Node for every build. */
export const spawnAstroBuild: AstroBuild = ({ dir, outDir, force, env, label, onLine }) =>
  run(label, astroBin, ['build', '--outDir', outDir, ...(force ? ['--force'] : [])], {
    cwd: dir,
    env,
    onLine,
  });
