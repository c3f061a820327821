import type { AstroBuild } from './astroBuild.ts';
import { replaceProcessEnv } from './processEnv.ts';
import { teeOutput } from './teeOutput.ts';

/**
 * Astro's JavaScript API in this process, in the site folder with the build's environment, as
 * the `astro` command would run it. A process that builds again and again (the publisher) keeps
 * Node's compiled code and Astro's loaded modules between builds: 2 to 2.5 s less per
 * publication at 1,354 pages (`npm run bench`). One build at a time per process.
 *
 * Astro's log level stays at the command's default: the level is compiled into a module every
 * page imports (`virtual:astro:logger`), so another level would change every page's dependency
 * hash, and each switch between this and the command would render every page again.
 */
export const inProcessAstroBuild: AstroBuild = async ({ dir, outDir, force, env, onLine }) => {
  const cwd = process.cwd();
  const restoreEnv = replaceProcessEnv(env);
  const untee = onLine ? teeOutput(onLine) : () => undefined;
  process.chdir(dir);
  try {
    // Loaded on first use: a publication handed to a publisher never needs Astro (≈ 1 s).
    const { build } = await import('astro');
    await build({ root: dir, outDir, force });
  } finally {
    process.chdir(cwd);
    untee();
    restoreEnv();
  }
};
