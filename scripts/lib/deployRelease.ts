import { createHmac } from 'node:crypto';
import type { Portal } from '@portals/content-models';
import { staticRoot } from './releaseLayout.ts';
import { run } from './run.ts';
import { ownSearchIndex } from './searchIndex.ts';

/**
 * Where a finished release goes. Locally the `dist` symlink is switched and that is all; in
 * production the release is also handed to the web server or CDN, by a command (rsync, an
 * object-store sync…) or a webhook, before the local link moves, so `dist` always names what
 * is deployed and a failed hand-over leaves both as they were.
 */
export type Deploy =
  | { kind: 'local' }
  | { kind: 'command'; command: string }
  | { kind: 'webhook'; url: string; secret?: string };

/** `SITE_DEPLOY_COMMAND` or `SITE_DEPLOY_WEBHOOK` (+ `SITE_DEPLOY_WEBHOOK_SECRET`); else local. */
export function deployFromEnv(env: Record<string, string | undefined> = process.env): Deploy {
  const command = env.SITE_DEPLOY_COMMAND?.trim();
  const url = env.SITE_DEPLOY_WEBHOOK?.trim();
  if (command && url) {
    throw new Error('Set SITE_DEPLOY_COMMAND or SITE_DEPLOY_WEBHOOK, not both.');
  }
  if (command) return { kind: 'command', command };
  if (url) {
    if (!/^https?:\/\//.test(url)) {
      throw new Error(`SITE_DEPLOY_WEBHOOK must be an http(s) URL, got "${url}".`);
    }
    return { kind: 'webhook', url, secret: env.SITE_DEPLOY_WEBHOOK_SECRET || undefined };
  }
  return { kind: 'local' };
}

export interface Release {
  portal: Portal;
  /** Folder name of the release inside `.releases`, a timestamp. */
  name: string;
  /** Absolute path of the release folder; its static site is `staticRoot(dir)` (`client/`). */
  dir: string;
  pages: number;
}

/** The URL without user and password, for error messages and logs. */
function redacted(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}

/** Hands `release` to the production host; resolves when the host accepted it. */
export async function deployRelease(deploy: Deploy, release: Release): Promise<void> {
  if (deploy.kind === 'local') return;
  // What a web server serves: the release's client/ folder, never the preview handler beside it.
  const staticDir = staticRoot(release.dir);
  // A deploy copies the folder wherever it goes: a link to the local index store would break.
  ownSearchIndex(release.dir);
  if (deploy.kind === 'command') {
    // The command reads the release from the environment: no quoting of paths in a shell line.
    await run(`deploy ${release.portal.id}`, 'sh', ['-c', deploy.command], {
      env: {
        ...process.env,
        SITE_PORTAL: release.portal.id,
        SITE_RELEASE: release.name,
        SITE_RELEASE_DIR: staticDir,
      },
    });
    return;
  }
  const body = JSON.stringify({
    portal: release.portal.id,
    release: release.name,
    releaseDir: staticDir,
    pages: release.pages,
    deployedAt: new Date().toISOString(),
  });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (deploy.secret) {
    // Lets the receiver check the call comes from us (same scheme as GitHub's webhooks).
    headers['x-portals-signature'] =
      `sha256=${createHmac('sha256', deploy.secret).update(body).digest('hex')}`;
  }
  const target = new URL(deploy.url);
  if (target.username) {
    // fetch refuses credentials in a URL: `https://user:password@host/…` becomes Basic auth.
    const user = decodeURIComponent(target.username);
    const password = decodeURIComponent(target.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }
  let response: Response;
  try {
    response = await fetch(redacted(deploy.url), {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new Error(
      `The deploy webhook ${redacted(deploy.url)} could not be reached: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (!response.ok) {
    const text = (await response.text()).slice(0, 300);
    throw new Error(
      `The deploy webhook ${redacted(deploy.url)} answered ${response.status} ${response.statusText}${text ? `: ${text}` : ''}`,
    );
  }
}
