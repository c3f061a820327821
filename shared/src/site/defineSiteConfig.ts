import type { Locale, Portal } from '@portals/content-models';
import type { UiOverrides } from '../i18n/index.ts';
import type { PortalFeature } from '../kit/contract.ts';
import type { Publisher } from './publisher.ts';

/**
 * The blocks a home page can show, by name. Features add theirs by declaration merging
 * (`declare module '@portals/shared/site' { interface HomeBlocks { … } }`) and give the
 * component in their `parts.ts` (`homeBlocks`).
 */
export interface HomeBlocks {
  /** The latest news articles (the articles feature's `news` kind). */
  news: true;
  /** The next agenda items (the agenda feature's), cancelled ones left out. */
  agenda: true;
  /** The top sections, then the features' entry points (directory, agenda…). */
  entryPoints: true;
  /** One article shown in full, `home.featuredArticle` (the articles feature). */
  featuredArticle: true;
  /** The portal record's highlighted announcement, until its end date (`portalHomeFeature`). */
  announcement: true;
  /** The portal record's featured contents (`portalHomeFeature`). */
  featured: true;
  /** The configuration's own links (`home.links`): other portals, pages of other features. */
  links: true;
}

/** A block of the home page, in the order given. */
export type HomeBlock = keyof HomeBlocks;

/** A link of the home page's `links` block; `href` may lead to another portal (`portalUrl`). */
export interface HomeLink {
  title: Record<Locale, string>;
  description?: Record<Locale, string>;
  href: (locale: Locale) => string;
}

/** What the header adds to the portal name, search and language switch. */
export interface HeaderOptions {
  /**
   * Each top section opens a sub-menu of its sub-sections (a native `<details>` disclosure,
   * no JavaScript needed). @default false: top sections in a row, the tree behind one disclosure
   */
  subMenus?: boolean;
  /** The French slug of a top section linked first on every page (urgent help: S.O.S.). */
  urgentSection?: string;
  /** A "larger text" switch, remembered across pages (shown only with JavaScript). @default false */
  textSize?: boolean;
}

/** What a portal site tells the kit about itself: the whole of a portal but its theme and assets. */
export interface SiteConfig {
  /** The portal, from the registry in @portals/content-models (id, names, locales, local port). */
  portal: Portal;
  /**
   * The content features it shows besides the home and search pages every portal has, in menu
   * order: `sectionsFeature`, `articlesFeature`, `directoryFeature({ curation })`…
   * @default []
   */
  features?: readonly PortalFeature[];
  /** Site wording layered over the shared UI strings. */
  ui?: UiOverrides;
  /** Its design tokens (CSS custom properties), relative to the site folder, loaded on every page. */
  theme?: string;
  /** What the home page shows. @default { blocks: ['news', 'entryPoints'] } */
  home?: {
    blocks: readonly HomeBlock[];
    /** The French slug of the article the `featuredArticle` block shows in full. */
    featuredArticle?: string;
    /** The `links` block's links. */
    links?: readonly HomeLink[];
  };
  /** Header options: sub-menus, an urgent-help link, a text-size switch. */
  header?: HeaderOptions;
  /** Who funds the portal, named in every footer ("with the support of"). */
  supportedBy?: { name: Record<Locale, string>; url?: string };
  /**
   * Who publishes the portal, named on the contact, accessibility and privacy pages.
   * @default a demonstration publisher, marked as such
   */
  publisher?: Publisher;
}

/** Identity helper that types a site's configuration. */
export function defineSiteConfig<const C extends SiteConfig>(config: C): C {
  return config;
}

/** The portal shows a feature (by name). */
export function hasFeature(site: Pick<SiteConfig, 'features'>, name: string): boolean {
  return (site.features ?? []).some((feature) => feature.name === name);
}
