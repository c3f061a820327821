import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { getViteConfig } from 'astro/config';

/**
 * Views rendered by Astro's container API from fixtures, without a CMS or a site build: the
 * project runs on Astro's Vite setup (`.astro` and `.mdx` compiled as in a site), with the
 * integrations the views need.
 */
export default getViteConfig(
  {
    test: {
      name: 'view',
      root: fileURLToPath(new URL('../..', import.meta.url)),
      include: ['tests/**/*.view.test.ts'],
      testTimeout: 30_000,
    },
  },
  {
    site: 'http://localhost:4321',
    integrations: [mdx()],
    image: {
      remotePatterns: [
        { protocol: 'https', hostname: 'cms.example.be', pathname: '/api/media/file/**' },
      ],
    },
  },
);
