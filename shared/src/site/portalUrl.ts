import process from 'node:process';
import type { Locale, Portal } from '@portals/content-models';

/**
 * An address on another portal: its public address (`SITE_URL_<PORTAL>`, as the build scripts
 * and the e2e setup set it, else its local server of `npm start`) and the path given per
 * language. Read when the page renders, so a test build links to the portal under test and
 * the sweep's link check follows it into that portal's build.
 */
export function portalUrl(
  portal: Portal,
  pathIn: (locale: Locale) => string,
): (locale: Locale) => string {
  return (locale) => {
    const variable = `SITE_URL_${portal.id.toUpperCase().replace(/-/g, '_')}`;
    const base = process.env[variable] || `http://localhost:${portal.localPort}`;
    return new URL(pathIn(locale), base).href;
  };
}
