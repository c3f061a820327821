import type { Portal } from '@portals/content-models';
import type { UiOverrides } from '../i18n/index.ts';
import type { Publisher } from './publisher.ts';

/** What a portal site tells the shared layouts about itself. */
export interface SiteConfig {
  /** The portal, from the registry in @portals/content-models. */
  portal: Portal;
  /** Site wording layered over the shared UI strings. */
  ui?: UiOverrides;
  /**
   * The portal shows a directory of Bruxelles Social organisations (`/fr/associations/`): a
   * menu entry after the sections and a card on the home page. Its pages need the site's
   * `directory` collection (`directoryLoader`). @default false
   */
  directory?: boolean;
  /**
   * Who publishes the portal, named on the contact, accessibility and privacy pages.
   * @default a demonstration publisher, marked as such
   */
  publisher?: Publisher;
}

/** Identity helper that types a site's configuration. */
export function defineSiteConfig(config: SiteConfig): SiteConfig {
  return config;
}
