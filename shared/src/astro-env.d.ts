// TypeScript cannot read `.astro` files (Astro's editor tooling and `astro check` can): to the
// features' `views.ts`, an imported component is what Astro renders.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
