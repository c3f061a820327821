import type { Locale } from '@portals/content-models';
import type { SectionTree } from './createSectionTree.ts';
import { homePath } from './paths.ts';
import { sectionUrl } from './strictLinks.ts';

/** A link of the main navigation, with its sub-sections. */
export interface NavItem {
  title: string;
  href: string;
  children: NavItem[];
  /** The CMS section behind it; features' entry points have none. */
  sectionId?: string;
  /** The portal's urgent-help section (`header.urgentSection`), linked first in the header. */
  urgent?: boolean;
}

/** A step of a breadcrumb trail. */
export interface Crumb {
  label: string;
  href: string;
}

// Every page of a build shows the same navigation per language: built once per tree and locale.
const built = new WeakMap<SectionTree, Partial<Record<Locale, NavItem[]>>>();

/**
 * The main navigation in `locale`: top-level sections and their children. Sections without
 * a version in that language are left out here (navigation is not a strict link: it lists
 * what exists), so `sectionUrl` below never throws. Shared between pages: read-only.
 */
export function buildNavigation(tree: SectionTree, locale: Locale): NavItem[] {
  const byLocale = built.get(tree) ?? {};
  const known = byLocale[locale];
  if (known) return known;
  const navigation = navigationOf(tree, locale);
  built.set(tree, { ...byLocale, [locale]: navigation });
  return navigation;
}

function navigationOf(tree: SectionTree, locale: Locale): NavItem[] {
  const item = (id: string, depth: number): NavItem[] => {
    const section = tree.get(id);
    const translation = section?.translations[locale];
    if (!section || !translation || !tree.slugChain(section, locale)) return [];
    const children = depth === 0 ? tree.childrenOf(id).flatMap((child) => item(child.id, 1)) : [];
    return [
      {
        title: translation.title,
        href: sectionUrl(section, locale, tree),
        children,
        sectionId: id,
      },
    ];
  };
  return tree.topLevel().flatMap((section) => item(section.id, 0));
}

/** Home, then each ancestor section, then the section itself (when `includeSelf`). */
export function breadcrumbsFor(
  tree: SectionTree,
  sectionId: string | undefined,
  locale: Locale,
  homeLabel: string,
  includeSelf = true,
): Crumb[] {
  const home = { label: homeLabel, href: homePath(locale) };
  const section = sectionId ? tree.get(sectionId) : undefined;
  if (!section || !tree.slugChain(section, locale)) return [home];
  const chain = [...tree.ancestorsOf(section.id), ...(includeSelf ? [section] : [])];
  return [
    home,
    ...chain.map((s) => ({
      label: s.translations[locale]?.title ?? '',
      href: sectionUrl(s, locale, tree),
    })),
  ];
}
