// `tsc -p shared` checks the TypeScript modules without Astro's language tools, which type
// `.astro` imports in editors and `astro check`: this lets a `.ts` module (a feature's
// `views.ts`) import a view. Its props are checked by `astro check` where it is rendered.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const component: AstroComponentFactory;
  export default component;
}
