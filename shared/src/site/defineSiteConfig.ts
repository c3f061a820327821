import type { Portal } from '@portals/content-models';
import type { UiOverrides } from '../i18n/index.ts';

/** What a portal site tells the shared layouts about itself. */
export interface SiteConfig {
  /** The portal, from the registry in @portals/content-models. */
  portal: Portal;
  /** Site wording layered over the shared UI strings. */
  ui?: UiOverrides;
}

/** Identity helper that types a site's configuration. */
export function defineSiteConfig(config: SiteConfig): SiteConfig {
  return config;
}
