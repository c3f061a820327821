import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The `views` project: Astro components rendered from fixtures with Astro's Container API,
 * without a CMS or a build. `getViteConfig` gives Vitest Astro's Vite plugins (the `.astro`
 * compiler); no Astro config file is read, so the views see only what their props hold.
 */
export default getViteConfig(
  {
    root,
    test: {
      name: 'views',
      root,
      include: ['tests/views/**/*.view.test.ts'],
    },
  },
  {
    root,
    configFile: false,
    site: 'https://portal.test/',
    logLevel: 'error',
    // MDX pages (footer pages) and body images fetched from a CMS, as in a site.
    integrations: [mdx()],
    image: {
      remotePatterns: [
        { protocol: 'https', hostname: 'cms.example.be', pathname: '/api/media/file/**' },
      ],
    },
  },
);
