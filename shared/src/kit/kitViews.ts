/// <reference types="vite/client" />
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { SiteConfig } from '../site/defineSiteConfig.ts';
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
}

// Every feature's views, found by the file's place: adding a kind edits no registry.
const modules = import.meta.glob<FeatureViews>('../features/*/views.ts', { eager: true });

const views = new Map<string, AstroComponentFactory>();
const files = new Map<string, FileView>();
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
