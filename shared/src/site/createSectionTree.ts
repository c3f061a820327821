import type { Locale } from '@portals/content-models';
import type { SiteSection } from '@portals/shared/cms';

/** Read access to a portal's navigation tree. */
export interface SectionTree {
  get(id: string): SiteSection | undefined;
  /** Sections without a (known) parent, in editorial order. */
  topLevel(): SiteSection[];
  /** Direct children of a section, in editorial order. */
  childrenOf(id: string): SiteSection[];
  /** The section and everything below it, depth first. */
  withDescendants(id: string): SiteSection[];
  /** The ancestors of a section, root first, the section itself excluded. */
  ancestorsOf(id: string): SiteSection[];
  /** The slugs from the root down to the section, or null if one of them is missing in `locale`. */
  slugChain(section: SiteSection, locale: Locale): string[] | null;
}

const byOrder = (a: SiteSection, b: SiteSection) =>
  a.order - b.order || a.id.localeCompare(b.id, 'en', { numeric: true });

/**
 * Builds the tree once per page build. A parent that is not among this portal's sections
 * makes its child top-level (with a warning); a cycle in the parents is an error.
 */
export function createSectionTree(
  sections: readonly SiteSection[],
  onWarning: (message: string) => void = () => undefined,
): SectionTree {
  const byId = new Map(sections.map((section) => [section.id, section]));
  for (const section of sections) {
    if (section.parentId !== null && !byId.has(section.parentId)) {
      onWarning(`section ${section.id} has unknown parent ${section.parentId}: shown at top level`);
    }
  }
  const parentOf = (section: SiteSection): SiteSection | undefined =>
    section.parentId === null ? undefined : byId.get(section.parentId);
  const ancestorsOf = (id: string): SiteSection[] => {
    const chain: SiteSection[] = [];
    const start = byId.get(id);
    let parent = start ? parentOf(start) : undefined;
    while (parent) {
      if (parent.id === id || chain.includes(parent)) {
        throw new Error(
          `Sections form a cycle through section ${parent.id}: fix the "parent" fields in the CMS.`,
        );
      }
      chain.unshift(parent);
      parent = parentOf(parent);
    }
    return chain;
  };
  return {
    get: (id) => byId.get(id),
    topLevel: () => sections.filter((section) => !parentOf(section)).sort(byOrder),
    childrenOf: (id) => sections.filter((section) => section.parentId === id).sort(byOrder),
    ancestorsOf,
    withDescendants: (id) => {
      const found: SiteSection[] = [];
      const visit = (sectionId: string) => {
        const section = byId.get(sectionId);
        if (!section || found.includes(section)) return;
        found.push(section);
        for (const child of sections.filter((s) => s.parentId === sectionId)) visit(child.id);
      };
      visit(id);
      return found;
    },
    slugChain: (section, locale) => {
      const chain = [...ancestorsOf(section.id), section].map((s) => s.translations[locale]?.slug);
      return chain.every((slug): slug is string => Boolean(slug)) ? chain : null;
    },
  };
}
