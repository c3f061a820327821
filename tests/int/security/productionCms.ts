import { cmsDir } from '../../../scripts/lib/paths.ts';
import { run } from '../../../scripts/lib/run.ts';
import { startThrowawayCms, type ThrowawayCms } from '../../../scripts/lib/throwawayCms.ts';

/** One CMS for a whole test file: building it (when its sources changed) and seeding take minutes. */
export const startupTimeout = 15 * 60_000;

/**
 * The real CMS as production runs it (`next build`, `next start`) on a fresh database, for
 * the security tests that replay each finding of issue #13 over HTTP. `seed: 'accounts'`
 * creates the demo accounts only (the benchmark's seed with no article), the administrator
 * being `CMS_ADMIN_EMAIL` / `CMS_ADMIN_PASSWORD` of `env`, in seconds rather than minutes.
 */
export function productionCms(
  seed: 'demo' | 'accounts',
  env: Record<string, string> = {},
): Promise<ThrowawayCms> {
  const accounts = (cmsEnv: NodeJS.ProcessEnv) =>
    run('seed', 'npx', ['tsx', 'src/seed/benchCli.ts', '0'], { cwd: cmsDir, env: cmsEnv });
  return startThrowawayCms({
    log: (line) => console.log(`[security] ${line}`),
    env,
    ...(seed === 'accounts' ? { seed: accounts } : {}),
  });
}

/** The first message of a Payload-shaped error answer. */
export async function messageOf(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: { message?: string }[]; message?: string };
  return body.errors?.[0]?.message ?? body.message;
}

/** Logs in over REST and returns the `Authorization` header of that session. */
export async function authorization(url: string, email: string, password: string) {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`login of ${email} failed (${response.status})`);
  return `JWT ${token}`;
}
