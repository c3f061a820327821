import { existsSync } from 'node:fs';
import path from 'node:path';
import { isPortalId, portalIds, type PortalId } from '@portals/content-models';
import type { CmsEnv } from '../env.ts';

/**
 * Where Node keeps the compiled code of the default publication command (`NODE_COMPILE_CACHE`):
 * with the dependencies, out of the repository's tracked files.
 */
function publishCompileCache(repoRoot: string): string {
  return path.join(repoRoot, 'node_modules', '.cache', 'publish-portal');
}

/** How the CMS rebuilds the portals after a change; read once from the environment. */
export interface PublishSettings {
  /** Portals rebuilt after a change; empty turns rebuilding off (the seed does). */
  portals: PortalId[];
  debounceMs: number;
  maxWaitMs: number;
  /** Shell command building one portal; the portal id is appended. */
  command: string;
  /** Environment the command gets besides the CMS's own. */
  env: Record<string, string>;
  /** Where that command runs. */
  cwd: string;
  /** The CMS address the build reads. */
  readUrl: string;
  cron: string;
}

/** Portals named by CMS_PUBLISH_PORTALS, or those with a site folder in the repository. */
export function publishPortals(setting: string | undefined, repoRoot: string): PortalId[] {
  if (setting === undefined) {
    return portalIds.filter((id) => existsSync(path.join(repoRoot, 'sites', id, 'package.json')));
  }
  if (setting.trim() === 'none') return [];
  const ids = setting
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !isPortalId(id));
  if (unknown.length > 0) {
    throw new Error(
      `CMS_PUBLISH_PORTALS names unknown portals: ${unknown.join(', ')} (known: ${portalIds.join(', ')}, or none).`,
    );
  }
  return ids as PortalId[];
}

export function publishSettings(env: CmsEnv, repoRoot: string): PublishSettings {
  const quote = (file: string) => `"${file.replace(/"/g, '\\"')}"`;
  return {
    portals: publishPortals(env.CMS_PUBLISH_PORTALS, repoRoot),
    debounceMs: env.CMS_PUBLISH_DEBOUNCE_SECONDS * 1000,
    maxWaitMs: env.CMS_PUBLISH_MAX_WAIT_SECONDS * 1000,
    // Node runs the script's TypeScript itself (type stripping): 0.4 s sooner than through tsx.
    command:
      env.CMS_PUBLISH_COMMAND ??
      `${quote(process.execPath)} ${quote(path.join(repoRoot, 'scripts', 'publish-portal.ts'))}`,
    // Node keeps the script's compiled code, its stripped TypeScript included, between runs:
    // the script starts in 0.2 s instead of 0.4 s (loading the type stripper alone is 0.1 s).
    env:
      env.CMS_PUBLISH_COMMAND === undefined
        ? { NODE_COMPILE_CACHE: publishCompileCache(repoRoot) }
        : {},
    cwd: repoRoot,
    readUrl: env.CMS_PUBLISH_READ_URL ?? env.CMS_PUBLIC_URL,
    cron: env.CMS_PUBLISH_CRON,
  };
}
