import type { FileView } from '../../kit/kitViews.ts';
import { apacheRedirects } from './apacheRedirects.ts';
import { netlifyRedirects } from './netlifyRedirects.ts';
import { nginxMap, nginxServer } from './nginxRedirects.ts';
import type { RedirectFormat } from './redirectRoutes.ts';
import type { RedirectRule } from './resolveRedirects.ts';

/** The JSON `npm start`'s server reads (`scripts/lib/redirectRules.ts`). */
export function redirectsJson(rules: readonly RedirectRule[]): string {
  const list = rules.map(({ from, to, status }) => ({ from, to, status }));
  return `${JSON.stringify({ rules: list }, null, 2)}\n`;
}

const writers: Record<RedirectFormat, (rules: readonly RedirectRule[], portal: string) => string> =
  {
    json: redirectsJson,
    netlify: netlifyRedirects,
    apache: apacheRedirects,
    nginxMap,
    nginxServer: (_rules, portal) => nginxServer(portal),
  };

/** Writes one rule file of the build. */
export const renderRedirectRules: FileView<'redirectRules'> = ({ site, route }) =>
  writers[route.format](route.rules, site.portal.id);
