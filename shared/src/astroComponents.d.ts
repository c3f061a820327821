// `tsc` does not read `.astro` files (`astro check` does): modules that hand components to
// the kit, such as a feature's `views.ts`, see them as Astro component factories.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
