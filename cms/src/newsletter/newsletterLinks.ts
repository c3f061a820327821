import {
  formControlFields,
  getPortal,
  isPortalId,
  newsletterResultPath,
  type Locale,
  type NewsletterResult,
  type PortalId,
} from '@portals/content-models';
import { portalSiteUrls } from '../forms/index.ts';

/** Who a link is for: the portal and language pick the result page it lands on. */
export interface LinkScope {
  portal: PortalId;
  locale: Locale;
}

/** `https://portal/fr/lettre-d-information/inscription-confirmee/`: a result page of the portal. */
export function resultPageUrl(scope: LinkScope, result: NewsletterResult): string {
  return new URL(newsletterResultPath(scope.locale, result), portalSiteUrls()[scope.portal]).href;
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
  url.searchParams.set(formControlFields.portal, scope.portal);
  url.searchParams.set(formControlFields.locale, scope.locale);
  url.searchParams.set('token', token);
  return url.href;
}

/** An absolute address on the portal: the links of the e-mails to its pages. */
export function portalUrl(portal: PortalId, path: string): string {
  return new URL(path, portalSiteUrls()[portal]).href;
}

/** The portal and language a link names (`?portal=…&locale=…`), when they go together. */
export function scopeOf(url: URL): LinkScope | null {
  const portal = url.searchParams.get(formControlFields.portal);
  if (!isPortalId(portal)) return null;
  const wanted = url.searchParams.get(formControlFields.locale);
  const locale = getPortal(portal).locales.find((candidate) => candidate === wanted);
  return locale ? { portal, locale } : null;
}
