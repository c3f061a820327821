// The site's configuration, as the kit's injected pages receive it (`portalKit` serves it).
declare module 'virtual:portal-kit/site' {
  import type { SiteConfig } from '@portals/shared/site';

  export const site: SiteConfig;
}
