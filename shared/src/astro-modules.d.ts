// TypeScript cannot read `.astro` files (Astro's editor tooling and `astro check` can): to
// shared TypeScript, an imported component is an Astro component factory.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
