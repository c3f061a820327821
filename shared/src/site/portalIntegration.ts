import { rename, rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { Locale } from '@portals/content-models';

export interface PortalIntegrationOptions {
  /** The portal's languages; each gets `/{locale}/404.html`. */
  locales: readonly Locale[];
  /** Absolute path of the site's theme stylesheet (design tokens), loaded on every page. */
  themeCss?: string;
}

/**
 * What every portal build needs beyond Astro's defaults:
 * - the site's theme tokens on every page, without each page importing them;
 * - one stylesheet file for the whole site (14 kB), cached once by readers: Astro's default
 *   splits styles by route and inlines chunks under 4 kB, which put the same 3.3 kB of CSS
 *   into each of thousands of article pages, doubling them, for readers to download on
 *   every page and for Pagefind to parse (`npm run bench`);
 * - per-language 404 pages at `/{locale}/404.html`, where static hosts look for them
 *   (Astro writes `/fr/404/index.html`: only the root 404 gets the `.html` form).
 */
export function portalIntegration(options: PortalIntegrationOptions): AstroIntegration {
  return {
    name: '@portals/shared/site',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        updateConfig({
          build: { inlineStylesheets: 'never' },
          vite: { build: { cssCodeSplit: false } },
        });
        if (options.themeCss)
          injectScript('page-ssr', `import ${JSON.stringify(options.themeCss)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const locale of options.locales) {
          const folder = new URL(`${locale}/404/`, dir);
          try {
            await rename(new URL('index.html', folder), new URL(`${locale}/404.html`, dir));
          } catch (error) {
            throw new Error(
              `No 404 page was built for "${locale}": add src/pages/[locale]/404.astro`,
              {
                cause: error,
              },
            );
          }
          await rm(folder, { recursive: true });
          logger.info(`moved /${locale}/404/index.html to /${locale}/404.html`);
        }
      },
    },
  };
}
