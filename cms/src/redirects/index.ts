export { validateRedirect } from './validateRedirect.ts';
export { withSlugRedirects } from './withSlugRedirects.ts';
