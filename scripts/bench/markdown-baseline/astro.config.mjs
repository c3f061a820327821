// @ts-check
import { defineConfig } from 'astro/config';
import { defaultLocale, portals } from '@portals/content-models';

const portal = portals.hospichild;

/**
 * The comparison point of `npm run bench`: Hospichild's routing and page components, with
 * the articles read from local Markdown instead of the CMS.
 */
export default defineConfig({
  site: `http://localhost:${portal.localPort}`,
  output: 'static',
  i18n: {
    locales: [...portal.locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
});
