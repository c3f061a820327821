/// <reference types="vite/client" />
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** Where an article part shows: under the title and date (`meta`) or after the text (`end`). */
export type ArticlePartPlace = 'meta' | 'end';

/**
 * What a feature's `parts.ts` exports: pieces other views show, each a component taking
 * `site`, `data` and `route` and rendering nothing when the portal does not use it.
 * - `articleParts`: on every article page, at their place (the validation line, where to get
 *   help);
 * - `homeBlocks`: home page blocks by name, listed in `SiteConfig.home.blocks`. A block no
 *   feature gives shows nothing, so a portal may name one before its feature exists.
 */
export interface FeatureParts {
  articleParts?: Partial<Record<ArticlePartPlace, AstroComponentFactory>>;
  homeBlocks?: Record<string, AstroComponentFactory>;
}

// Kept apart from the views' registry: article and home views import this one, which the
// views' registry imports in turn.
const modules = import.meta.glob<FeatureParts>('../features/*/parts.ts', { eager: true });

const places = new Map<ArticlePartPlace, AstroComponentFactory[]>();
const blocks = new Map<string, AstroComponentFactory>();
for (const [file, module] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
  for (const [place, part] of Object.entries(module.articleParts ?? {})) {
    places.set(place as ArticlePartPlace, [...(places.get(place as ArticlePartPlace) ?? []), part]);
  }
  for (const [name, block] of Object.entries(module.homeBlocks ?? {})) {
    if (blocks.has(name))
      throw new Error(`Two features give the home block "${name}" (one in ${file}).`);
    blocks.set(name, block);
  }
}

/** The features' parts shown at `place` on article pages, in the features' folder order. */
export function articleParts(place: ArticlePartPlace): AstroComponentFactory[] {
  return places.get(place) ?? [];
}

/** The home block a feature gives under `name`, if any. */
export function homeBlock(name: string): AstroComponentFactory | undefined {
  return blocks.get(name);
}
