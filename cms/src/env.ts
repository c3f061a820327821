import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPortalId, portalList, type PortalId } from '@portals/content-models';
import { z } from 'zod';
import { portalSiteUrls } from './forms/portalSiteUrls.ts';

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository the CMS runs from: where the portal sites and their build scripts are. */
export const repoRoot = path.resolve(cmsRoot, '..');

// One `.env` at the repository root serves every package; real environment variables win.
for (const file of [path.join(repoRoot, '.env'), path.join(cmsRoot, '.env')]) {
  // Read at start-up only; tell Turbopack not to trace the whole repository for it.
  if (existsSync(/*turbopackIgnore: true*/ file))
    process.loadEnvFile(/*turbopackIgnore: true*/ file);
}

/** The demo password everyone can read in the README: refused for the admin in production. */
export const demoAdminPassword = 'demo-redaction';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Where each portal's preview pages answer: `npm start` serves portal N on its local port. */
const defaultPreviewSiteUrls = Object.fromEntries(
  portalList.map((portal) => [portal.id, `http://localhost:${portal.localPort}`]),
) as Record<PortalId, string>;

/** `hospichild=https://preview.example.be,…`: the listed portals change, the others keep their default. */
const previewSiteUrls = z
  .string()
  .optional()
  .transform((value, context) => {
    const urls = { ...defaultPreviewSiteUrls };
    for (const pair of (value ?? '').split(',').filter((item) => item.trim() !== '')) {
      const [id = '', url = ''] = pair.split('=').map((part) => part.trim());
      if (!isPortalId(id) || !URL.canParse(url)) {
        context.addIssue({
          code: 'custom',
          message: `"${pair}" is not <portal id>=<URL> (portals: ${Object.keys(urls).join(', ')})`,
        });
        continue;
      }
      urls[id] = url;
    }
    return urls;
  });

const schema = z.object({
  /** Where the CMS keeps its runtime data: SQLite file, generated secret, uploads. */
  CMS_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(path.join(cmsRoot, 'data'))),
  /** `file:…` (SQLite, the default) or `mongodb://…` / `mongodb+srv://…`. */
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(file:|mongodb(\+srv)?:\/\/)/, {
        message: 'DATABASE_URL must start with file:, mongodb:// or mongodb+srv://',
      })
      .optional(),
  ),
  /** Signs sessions and tokens; generated into the data folder when absent. */
  PAYLOAD_SECRET: z.preprocess(emptyToUndefined, z.string().min(32).optional()),
  /** Public address of the CMS, used for absolute media URLs and admin links. */
  CMS_PUBLIC_URL: z.preprocess(emptyToUndefined, z.url().default('http://localhost:3000')),
  /** Demo editor created by the seed. */
  CMS_ADMIN_EMAIL: z.preprocess(emptyToUndefined, z.email().default('redaction@example.be')),
  CMS_ADMIN_PASSWORD: z.preprocess(emptyToUndefined, z.string().min(12).default(demoAdminPassword)),
  /**
   * Whether the session cookie is `Secure` (sent over HTTPS only). @default true when
   * CMS_PUBLIC_URL is https://; set `false` only to try a production build over plain http.
   */
  CMS_COOKIE_SECURE: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).optional()),
  /** SMTP server for workflow and account e-mails; unset → e-mails are printed to the console. */
  CMS_SMTP_HOST: z.preprocess(emptyToUndefined, z.string().optional()),
  /** @default 587; 465 turns implicit TLS on. */
  CMS_SMTP_PORT: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(65535).default(587),
  ),
  CMS_SMTP_USER: z.preprocess(emptyToUndefined, z.string().optional()),
  CMS_SMTP_PASSWORD: z.preprocess(emptyToUndefined, z.string().optional()),
  /** Sender address of every e-mail the CMS sends. */
  CMS_MAIL_FROM: z.preprocess(emptyToUndefined, z.email().default('no-reply@portails.example')),
  /** Cron expression of the in-process job runner (scheduled publication). @default every minute */
  CMS_JOBS_CRON: z.preprocess(emptyToUndefined, z.string().default('* * * * *')),
  /** How long a signed preview link opens a draft, in minutes. @default 15 */
  CMS_PREVIEW_TTL_MINUTES: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
  ),
  /** Origin of each portal's preview pages, `<portal id>=<URL>` pairs. @default http://localhost:<port> */
  CMS_PREVIEW_SITE_URLS: z.preprocess(emptyToUndefined, previewSiteUrls),
  /**
   * Whether this CMS process runs due jobs (scheduled publications, portal rebuilds). With
   * several CMS machines on one MongoDB, leave it on for the one machine that builds.
   */
  CMS_JOBS_AUTORUN: z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  ),
  /** Cron of the runner that rebuilds the portals (six fields: seconds first). @default every second */
  CMS_PUBLISH_CRON: z.preprocess(emptyToUndefined, z.string().default('* * * * * *')),
  /**
   * Quiet time after an edit before its portals rebuild: every edit of a burst pushes the
   * build back by this much, so a burst gives one build.
   */
  CMS_PUBLISH_DEBOUNCE_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().min(0).max(600).default(1),
  ),
  /** Longest a rebuild may be pushed back while edits keep coming. */
  CMS_PUBLISH_MAX_WAIT_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().min(0).max(3600).default(30),
  ),
  /**
   * Comma-separated portal ids the CMS rebuilds after a change, or `none`.
   * @default the portals that have a site folder (`sites/<id>`) in this repository
   */
  CMS_PUBLISH_PORTALS: z.preprocess(emptyToUndefined, z.string().optional()),
  /**
   * Command that builds and publishes one portal; the portal id is appended as its last
   * argument. @default `tsx scripts/publish-portal.ts` from this repository
   */
  CMS_PUBLISH_COMMAND: z.preprocess(emptyToUndefined, z.string().optional()),
  /** Address the portal builds read the CMS at. @default CMS_PUBLIC_URL */
  CMS_PUBLISH_READ_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type CmsEnv = Omit<z.infer<typeof schema>, 'CMS_COOKIE_SECURE'> & {
  DATABASE_URL: string;
  /** Each portal's public address (`SITE_URL_<PORTAL>`, as its build reads it): where forms answer. */
  siteUrls: Record<PortalId, string>;
  CMS_COOKIE_SECURE: boolean;
};

/** Reads the CMS environment once; a bad value stops start-up with the variable's name. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`Invalid CMS environment (see .env.example):\n${problems}`);
  }
  const data = result.data;
  return {
    ...data,
    DATABASE_URL: data.DATABASE_URL ?? `file:${path.join(data.CMS_DATA_DIR, 'cms.db')}`,
    siteUrls: portalSiteUrls(source),
    CMS_COOKIE_SECURE: data.CMS_COOKIE_SECURE
      ? data.CMS_COOKIE_SECURE === 'true'
      : data.CMS_PUBLIC_URL.startsWith('https:'),
  };
}

export const env = parseEnv();
