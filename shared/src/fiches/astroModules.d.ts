// Plain `tsc` does not know `.astro` files (Astro's language tools do): this lets the
// features' `views.ts` import their views and be type-checked with the rest of the package.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
