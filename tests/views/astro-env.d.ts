// TypeScript cannot read `.astro` files (Astro's editor tooling and `astro check` can): to the
// view tests, an imported component is what the Container API renders.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
