/// <reference types="vite/client" />
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { HomeBlock, SiteConfig } from '../site/defineSiteConfig.ts';
import type { PortalData } from '../site/portalData.ts';
import type { RouteKinds, RouteOf, SiteRoute } from './contract.ts';

/**
 * What renders a file route (`route.file`): its text, sent as `route.file.contentType`, or a
 * whole Response (e.g. `@astrojs/rss`'s).
 */
export type FileView<K extends keyof RouteKinds = keyof RouteKinds> = (input: {
  site: SiteConfig;
  data: PortalData;
  route: RouteOf<K>;
  /** The portal's public address (Astro's `site`): feeds and calendars need absolute links. */
  siteUrl: URL;
}) => string | Response | Promise<string | Response>;

/**
 * What a feature's `views.ts` exports: `views`, the Astro component of each HTML route kind
 * (it receives `site`, `data` and `route`), and `files`, the body of each file route kind.
 */
export interface FeatureViews {
  views?: Partial<Record<keyof RouteKinds, AstroComponentFactory>>;
  files?: { [K in keyof RouteKinds]?: FileView<K> };
  /**
   * What the feature adds to another feature's pages, by route kind: an aside rendered after
   * the main content with the page's `site`, `data` and `route` (the journeys' "part of" on
   * articles). It renders nothing when it has nothing to say about that page.
   */
  asides?: Partial<Record<keyof RouteKinds, AstroComponentFactory>>;
  /** Its home page blocks by name (`SiteConfig.home.blocks`), given `site`, `data`, `route`. */
  homeBlocks?: Partial<Record<HomeBlock, AstroComponentFactory>>;
}

/** What the kit hands every view besides `site`, `data` and `route`. */
export interface KitViewExtras {
  /** Other features' asides for this route's kind, in the features' folder order. */
  asides: AstroComponentFactory[];
  /** Home page blocks that features render, by name. */
  homeBlocks: ReadonlyMap<string, AstroComponentFactory>;
}

// Every feature's views, found by the file's place: adding a kind edits no registry.
const modules = import.meta.glob<FeatureViews>('../features/*/views.ts', { eager: true });

const views = new Map<string, AstroComponentFactory>();
const files = new Map<string, FileView>();
const asides = new Map<string, AstroComponentFactory[]>();
const homeBlocks = new Map<string, AstroComponentFactory>();
for (const [file, module] of Object.entries(modules)) {
  for (const [kind, view] of Object.entries(module.views ?? {})) {
    if (views.has(kind))
      throw new Error(`Two features give a view for "${kind}" (one in ${file}).`);
    views.set(kind, view);
  }
  for (const [kind, render] of Object.entries(module.files ?? {})) {
    if (files.has(kind))
      throw new Error(`Two features render the file "${kind}" (one in ${file}).`);
    files.set(kind, render as FileView);
  }
  for (const [kind, aside] of Object.entries(module.asides ?? {})) {
    asides.set(kind, [...(asides.get(kind) ?? []), aside]);
  }
  for (const [name, block] of Object.entries(module.homeBlocks ?? {})) {
    if (homeBlocks.has(name))
      throw new Error(`Two features render the home block "${name}" (one in ${file}).`);
    homeBlocks.set(name, block);
  }
}

/** The asides and home blocks features contribute, for a route's view. */
export function extrasFor(route: SiteRoute): KitViewExtras {
  return { asides: asides.get(route.kind) ?? [], homeBlocks };
}

/** The view registered for an HTML route's kind; a kind without one fails the build, named. */
export function viewFor(route: SiteRoute): AstroComponentFactory {
  const view = views.get(route.kind);
  if (!view) {
    throw new Error(
      `No view for route kind "${route.kind}" (${route.path}): export it from the feature's views.ts as views.${route.kind}.`,
    );
  }
  return view;
}

/** What renders a file route's kind; a kind without one fails the build, named. */
export function fileFor(route: SiteRoute): FileView {
  const render = files.get(route.kind);
  if (!render) {
    throw new Error(
      `No file renderer for route kind "${route.kind}" (${route.path}): export it from the feature's views.ts as files.${route.kind}.`,
    );
  }
  return render;
}
