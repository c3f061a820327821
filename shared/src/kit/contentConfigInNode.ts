import type { Plugin } from 'vite';

/**
 * The kit's entry points a site's `src/content.config.ts` and `src/site.config.ts` import, all
 * loadable by Node itself: TypeScript it can strip, no `.astro` file, no `astro:` module, no
 * `import.meta.env` (`tests/unit/kit/plainNode.unit.test.ts` imports each one in plain Node).
 */
export const nodeEntryPoints = [
  '@portals/content-models',
  '@portals/shared/cms',
  '@portals/shared/i18n',
  '@portals/shared/kit',
  '@portals/shared/open-data',
  '@portals/shared/site',
] as const;

/**
 * A Vite plugin for `astro build` that lets Node, not Vite, load the kit behind the content
 * configuration.
 *
 * Astro reads `src/content.config.ts` through a throwaway Vite dev server (the only `serve`
 * command inside a build), whose module runner transforms every module it reaches: ≈ 280 kit
 * files, 1.3 s of every build, every publication (`npm run bench`). Vite never externalises a
 * linked workspace package whose files are `.ts`, except an import named exactly in
 * `resolve.external`: those are handed to Node, which strips their types and has most of them
 * in memory already, since `astro.config.mjs` loaded the same modules a moment before. Only the
 * content configuration's own file is still transformed (it imports `astro:env/server`).
 *
 * The page bundles (`build` command) are left alone: the pages must bundle the modules whose
 * state they share, such as the page trace.
 */
export function contentConfigInNode(): Plugin {
  return {
    name: 'portal-kit-content-config-in-node',
    configEnvironment(name, _config, env) {
      if (env.command !== 'serve' || (name !== 'ssr' && name !== 'astro')) return undefined;
      return { resolve: { external: [...nodeEntryPoints] } };
    },
  };
}
