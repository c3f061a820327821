import { z } from 'zod';

const flag = z
  .enum(['', '0', '1', 'true', 'false'], { error: 'OPEN_DATA_OFFLINE must be 1 or 0' })
  .transform((value) => value === '1' || value === 'true');

const OpenDataEnvSchema = z.object({
  /** 1: never call the webservice, read the recorded snapshot. @default 0 */
  OPEN_DATA_OFFLINE: flag.default(false),
  /** Root of the REST webservice. @default https://social.brussels/rest */
  OPEN_DATA_BASE_URL: z.url({ error: 'OPEN_DATA_BASE_URL must be an absolute URL' }).optional(),
  /** Folder for the last good live answer. @default <repo>/.cache/open-data */
  OPEN_DATA_CACHE_DIR: z.string().min(1).optional(),
});

export interface OpenDataEnv {
  offline: boolean;
  baseUrl: string | undefined;
  cacheDir: string | undefined;
}

/** Parses the `OPEN_DATA_*` variables once, with messages that say which one is wrong. */
export function readOpenDataEnv(
  env: Record<string, string | undefined> = process.env,
): OpenDataEnv {
  const parsed = OpenDataEnvSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(`Invalid open-data environment:\n${z.prettifyError(parsed.error)}`);
  return {
    offline: parsed.data.OPEN_DATA_OFFLINE,
    baseUrl: parsed.data.OPEN_DATA_BASE_URL,
    cacheDir: parsed.data.OPEN_DATA_CACHE_DIR,
  };
}
