import type { SiteSection } from '@portals/shared/cms';
import { createSectionTree, type SectionTree } from '../../site/createSectionTree.ts';

const trees = new WeakMap<readonly SiteSection[], SectionTree>();

/**
 * The section tree of a build's sections, made once per list: the routes, the navigation and
 * the pages all read the same one (and its warnings are said once).
 */
export function sectionTreeOf(
  sections: readonly SiteSection[],
  onWarning?: (message: string) => void,
): SectionTree {
  const known = trees.get(sections);
  if (known) return known;
  const tree = createSectionTree(sections, onWarning);
  trees.set(sections, tree);
  return tree;
}
