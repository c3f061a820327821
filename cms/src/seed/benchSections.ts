import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import type { Id } from './findId.ts';

interface Titles {
  fr: string;
  nl: string;
}

// A thematic tree as deep as the portals allow (three levels): 6 menus × 3 × 3 = 78 sections,
// 54 of them leaves where the benchmark's articles live. Our own words, in both languages.
const menus: Titles[] = [
  { fr: 'Soins', nl: 'Zorg' },
  { fr: 'Droits', nl: 'Rechten' },
  { fr: 'Famille', nl: 'Gezin' },
  { fr: 'École', nl: 'School' },
  { fr: 'Argent', nl: 'Geld' },
  { fr: 'Vie quotidienne', nl: 'Dagelijks leven' },
];
const submenus: Titles[] = [
  { fr: 'Guides', nl: 'Gidsen' },
  { fr: 'Démarches', nl: 'Stappen' },
  { fr: 'Témoignages', nl: 'Getuigenissen' },
];
const leaves: Titles[] = [
  { fr: 'À l’hôpital', nl: 'In het ziekenhuis' },
  { fr: 'À la maison', nl: 'Thuis' },
  { fr: 'Après', nl: 'Nadien' },
];

/** Creates one bilingual section; slugs come from the titles, as an editor's would. */
async function createSection(
  payload: Payload,
  titles: Titles,
  order: number,
  parent: Id | undefined,
): Promise<Id> {
  const { id } = await payload.create({
    collection: 'sections',
    locale: 'fr',
    data: { title: titles.fr, slug: slugify(titles.fr), portal: 'hospichild', order, parent },
    overrideAccess: true,
  });
  await payload.update({
    collection: 'sections',
    id,
    locale: 'nl',
    data: { title: titles.nl, slug: slugify(titles.nl) },
    overrideAccess: true,
  });
  return id;
}

/**
 * The leaf sections of the benchmark's tree, creating the tree on the first call; a later call
 * (the benchmark growing its CMS) finds the leaves already there.
 */
export async function benchLeafSections(payload: Payload): Promise<Id[]> {
  const existing = await payload.find({
    collection: 'sections',
    where: { portal: { equals: 'hospichild' } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  if (existing.docs.length > 0) {
    const parents = new Set(existing.docs.map((section) => section.parent));
    return existing.docs.map((section) => section.id).filter((id) => !parents.has(id));
  }
  const ids: Id[] = [];
  for (const [m, menu] of menus.entries()) {
    const menuId = await createSection(payload, menu, m, undefined);
    for (const [s, submenu] of submenus.entries()) {
      const submenuId = await createSection(payload, submenu, s, menuId);
      for (const [l, leaf] of leaves.entries()) {
        ids.push(await createSection(payload, leaf, l, submenuId));
      }
    }
  }
  return ids;
}
