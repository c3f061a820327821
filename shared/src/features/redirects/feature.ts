import type { PortalFeature } from '../../kit/contract.ts';
import { redirectKind } from './redirectKind.ts';
import { redirectRoutes, type RedirectFormat } from './redirectRoutes.ts';
import type { RedirectRule } from './resolveRedirects.ts';
import type { SiteRedirect } from './siteRedirectSchema.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    redirects: SiteRedirect;
  }
  interface RouteKinds {
    /** One web server's rule file (`/.htaccess`, `/_redirects`, nginx includes, `/redirects.json`). */
    redirectRules: { format: RedirectFormat; rules: RedirectRule[] };
    /** The page at an old path, for hosts that apply no rule: it sends the reader on. */
    redirectFallback: { to: string };
  }
}

/**
 * The CMS's redirects, served by every web server the README describes: rule files for
 * nginx, Apache, Netlify/Cloudflare and `npm start`, and a fallback page at each old path.
 */
export const redirectsFeature: PortalFeature = {
  name: 'redirects',
  kinds: [redirectKind],
  derivedRoutes: redirectRoutes,
  describe: (route) =>
    route.kind === 'redirectFallback' ? `the redirect page of ${route.path}` : undefined,
};
