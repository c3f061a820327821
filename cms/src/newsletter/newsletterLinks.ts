import {
  newsletterResultPath,
  type Locale,
  type NewsletterResult,
  type PortalId,
} from '@portals/content-models';
import { portalSiteUrl } from './portalSiteUrl.ts';

/** Who a link is for: the portal and language pick the result page it lands on. */
export interface LinkScope {
  portal: PortalId;
  locale: Locale;
}

/** `https://portal/fr/lettre-d-information/inscription-confirmee/`: a result page of the portal. */
export function resultPageUrl(scope: LinkScope, result: NewsletterResult): string {
  return new URL(newsletterResultPath(scope.locale, result), portalSiteUrl(scope.portal)).href;
}

/**
 * `https://cms/api/newsletter/confirm?portal=…&lang=…&token=…`. Portal and language are not
 * signed: they only choose which of the portal's pages a refused token lands on.
 */
export function endpointUrl(
  cmsUrl: string,
  action: 'confirm' | 'unsubscribe',
  scope: LinkScope,
  token: string,
): string {
  const url = new URL(`/api/newsletter/${action}`, cmsUrl);
  url.searchParams.set('portal', scope.portal);
  url.searchParams.set('lang', scope.locale);
  url.searchParams.set('token', token);
  return url.href;
}
