// The kit's Astro configuration, for a site's `astro.config.mjs` only: it loads the Node
// adapter and Vite, which pages must not bundle.
export { portalAstroConfig, type PortalAstroConfigOptions } from './portalAstroConfig.ts';
export { portalKit, type PortalKitOptions } from './portalKit.ts';
export { contentConfigInNode, nodeEntryPoints } from './contentConfigInNode.ts';
