// `tsc` does not read `.astro` files (`astro check` does): modules that hand components to
// the kit, such as a feature's `views.ts`, see them as Astro component factories.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const Component: AstroComponentFactory;
  export default Component;
}
