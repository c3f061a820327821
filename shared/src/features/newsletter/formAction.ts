import { formApiPath, formControlFields, type Locale } from '@portals/content-models';

/**
 * The CMS address the sign-up form posts to: the build's `CMS_URL` (as the loader reads the
 * content from), else the local CMS of `npm start`. The portal and language go in the action's
 * query, where the CMS reads them to choose the page it answers with.
 */
export function newsletterFormAction(
  portal: string,
  locale: Locale,
  cmsUrl: string = process.env.CMS_URL ?? 'http://localhost:3000',
): string {
  const url = new URL(formApiPath('newsletter'), cmsUrl);
  url.searchParams.set(formControlFields.portal, portal);
  url.searchParams.set(formControlFields.locale, locale);
  return url.href;
}
