import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../site/defineSiteConfig.ts';
import { contentConfigInNode } from './contentConfigInNode.ts';
import type { PageTrace } from './pageCache/pageTrace.ts';
import { loadPageTrace, savePageTrace } from './pageCache/pageTraceFile.ts';

export interface PortalKitOptions {
  site: SiteConfig;
  /** The module that exports the site's configuration as `site`, for the injected pages. */
  siteConfigFile: URL;
  /** The site folder (Astro's root): the theme file is relative to it. */
  root: URL;
}

const virtualId = 'virtual:portal-kit/site';
const resolvedVirtualId = `\0${virtualId}`;
const route = (file: string) => fileURLToPath(new URL(`./routes/${file}`, import.meta.url));

/**
 * The portal kit's Astro integration (Starlight's model: the package injects the routes, a site
 * is configuration):
 * - every page of the route table through one catch-all page rendering the view its feature
 *   registers for the route's kind, and every file route through one endpoint; the bilingual
 *   language chooser at `/`, the 404 pages, `sitemap.xml` and the draft preview;
 * - the site's configuration reaching those pages as `virtual:portal-kit/site`;
 * - in a build, the kit behind the content configuration loaded by Node (`contentConfigInNode`);
 * - the site's theme tokens on every page, and one stylesheet file for the whole site (14 kB),
 *   cached once by readers: Astro's default splits styles by route and inlines chunks under
 *   4 kB, which put the same 3.3 kB of CSS into each of thousands of article pages
 *   (`npm run bench`);
 * - per-language 404 pages at `/{locale}/404.html`, where static hosts look for them
 *   (Astro writes `/fr/404/index.html`: only the root 404 gets the `.html` form).
 */
export function portalKit(options: PortalKitOptions): AstroIntegration {
  const { site } = options;
  let traceFile: URL | undefined;
  let trace: PageTrace | undefined;
  return {
    name: '@portals/shared/kit',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, injectScript, updateConfig }) => {
        const siteModule = fileURLToPath(options.siteConfigFile);
        updateConfig({
          build: { inlineStylesheets: 'never' },
          vite: {
            build: { cssCodeSplit: false },
            plugins: [
              {
                name: 'portal-kit-site',
                resolveId: (id) => (id === virtualId ? resolvedVirtualId : undefined),
                load: (id) =>
                  id === resolvedVirtualId
                    ? `export { site } from ${JSON.stringify(siteModule)};`
                    : undefined,
              },
              // A build only: `astro dev` reloads the content configuration's modules on change.
              ...(command === 'build' ? [contentConfigInNode()] : []),
            ],
          },
        });
        if (site.theme) {
          const theme = fileURLToPath(new URL(site.theme, options.root));
          injectScript('page-ssr', `import ${JSON.stringify(theme)};`);
        }
        injectRoute({ pattern: '/', entrypoint: route('LanguageChooser.astro') });
        injectRoute({ pattern: '/404', entrypoint: route('RootNotFound.astro') });
        injectRoute({ pattern: '/[locale]/404', entrypoint: route('NotFound.astro') });
        injectRoute({ pattern: '/sitemap.xml', entrypoint: route('sitemap.ts') });
        injectRoute({
          pattern: '/[locale]/preview/[collection]/[id]',
          entrypoint: route('Preview.astro'),
        });
        injectRoute({ pattern: '/[...path]', entrypoint: route('Page.astro') });
        injectRoute({ pattern: '/[...file]', entrypoint: route('file.ts') });
      },
      'astro:config:done': ({ config }) => {
        // Beside Astro's own incremental cache, which it must agree with (see pageCacheKeys).
        traceFile = new URL('portal-kit-page-trace.json', config.cacheDir);
      },
      'astro:build:start': () => {
        if (traceFile) trace = loadPageTrace(traceFile);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (traceFile && trace) {
          const { pages, rendered, kept } = savePageTrace(traceFile, trace);
          logger.info(
            `pages: ${kept} of ${pages} unchanged since the last build, ${rendered} rendered (page trace saved)`,
          );
        }
        for (const locale of site.portal.locales) {
          const folder = new URL(`${locale}/404/`, dir);
          try {
            await rename(new URL('index.html', folder), new URL(`${locale}/404.html`, dir));
          } catch (error) {
            throw new Error(`No 404 page was built for "${locale}".`, { cause: error });
          }
          await rm(folder, { recursive: true });
          logger.info(`moved /${locale}/404/index.html to /${locale}/404.html`);
        }
      },
    },
  };
}
