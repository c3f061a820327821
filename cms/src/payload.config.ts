import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { fr } from '@payloadcms/translations/languages/fr';
import { nl } from '@payloadcms/translations/languages/nl';
import { defaultLocale, localeNames, locales } from '@portals/content-models';
import { maxUploadBytes } from '@portals/content-models/collections';
import { buildConfig, type CollectionConfig } from 'payload';
import sharp from 'sharp';
import {
  Agenda,
  AuditLog,
  Articles,
  Documents,
  Faq,
  Hospitals,
  Journeys,
  Media,
  Midwives,
  Messages,
  Mutualities,
  Portals,
  Projects,
  Redirects,
  ReferentOrganisations,
  Sections,
  Themes,
  Tools,
  Users,
} from './collections/index.ts';
import { restrictLocks } from './access/restrictLocks.ts';
import { withAudit } from './audit/withAudit.ts';
import { withAuthHardening } from './auth/withAuthHardening.ts';
import { Builds } from './collections/Builds.ts';
import { databaseAdapter } from './database.ts';
import { emailAdapter } from './email.ts';
import { env, repoRoot } from './env.ts';
import { keepPublicErrors } from './input/keepPublicErrors.ts';
import { withInputChecks } from './input/withInputChecks.ts';
import { withFileValidators } from './uploads/withFileValidators.ts';
import { formEndpoints } from './forms/formEndpoints.ts';
import { jobsConfig } from './jobs.ts';
import { previewEndpoint } from './preview/previewEndpoint.ts';
import { markInterruptedBuilds } from './publish/markInterruptedBuilds.ts';
import {
  NewsletterDeliveries,
  NewsletterEditions,
  newsletterEndpoints,
  Subscribers,
} from './newsletter/index.ts';
import { publishSettings } from './publish/publishSettings.ts';
import { withRebuildTrigger } from './publish/withRebuildTrigger.ts';
import { resolveSecret } from './secret.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const contentModelsDir = path.resolve(dirname, '../../content-models/src');
const publish = publishSettings(env, repoRoot);
/** Everything the portals show: a published change to these rebuilds the portals concerned. */
const rebuilt = (collection: CollectionConfig) => withRebuildTrigger(collection, publish);

const config = buildConfig({
  serverURL: env.CMS_PUBLIC_URL,
  secret: resolveSecret(env.PAYLOAD_SECRET, env.CMS_DATA_DIR),
  db: databaseAdapter(env.DATABASE_URL),
  editor: lexicalEditor(),
  email: emailAdapter(env),
  sharp,
  // Order is the admin's navigation order: content first, then structure, then settings.
  collections: [
    ...[
      ...[
        Articles,
        Hospitals,
        Mutualities,
        Agenda,
        Faq,
        Journeys,
        Projects,
        Tools,
        Midwives,
        Documents,
        Sections,
        Themes,
        ReferentOrganisations,
      ].map(rebuilt),
      // Media reach a page only through a document that uses them, whose publication
      // rebuilds it; an upload alone changes nothing readers see.
      Media,
      Messages,
      ...[Portals, Redirects].map(rebuilt),
      withAuthHardening(Users),
      // A sent edition appears on its portal's archive (issue #12).
      rebuilt(NewsletterEditions),
    ]
      .map(withAudit)
      .map(withFileValidators)
      .map(withInputChecks),
    AuditLog,
    Builds(publish),
    // Not audited: an audit entry would keep the address after the subscriber is deleted.
    withInputChecks(Subscribers),
    NewsletterDeliveries,
  ],
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Portails' },
    // Gravatar would send every editor's hashed e-mail to a third party.
    avatar: 'default',
    components: {
      beforeDashboard: [
        '/components/WorkflowQueue#WorkflowQueue',
        '/components/OverdueReviews#OverdueReviews',
        '/components/BuildStatusPanel#BuildStatusPanel',
      ],
    },
    importMap: { baseDir: dirname },
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { fr, nl },
    fallbackLanguage: 'fr',
  },
  // The portals' preview pages read drafts here with a signed token (issue #5).
  // The portals' reader forms and the newsletter post here and send readers back to the portal
  // (issue #12).
  endpoints: [previewEndpoint, ...newsletterEndpoints(env), ...formEndpoints(env)],
  // The project's refusals and validation details survive the production build (issue #13).
  hooks: { afterError: [keepPublicErrors] },
  upload: { limits: { fileSize: maxUploadBytes } },
  jobs: jobsConfig(env, publish),
  // A build cut short by a restart would otherwise show as running for ever.
  onInit: markInterruptedBuilds,
  graphQL: { disable: true },
  telemetry: false,
  typescript: {
    // Types come from `npm run generate:types` only, always on SQLite: a dev run on MongoDB
    // would otherwise rewrite this tracked file with string ids.
    autoGenerate: false,
    // The sites import these types from content-models, never from the CMS.
    outputFile: path.join(contentModelsDir, 'payload-types.ts'),
  },
});

// Payload's lock collection is open to every account: see `restrictLocks` (issue #13).
export default restrictLocks(config);
