import { slugify, type PortalId } from '@portals/content-models';
import type { Payload } from 'payload';
import type { Id } from './findId.ts';
import { progress } from './progress.ts';
import type { SeedSection } from './types.ts';

/** Creates the portal's navigation tree, parents first; returns section ids by seed key. */
export async function seedSections(
  payload: Payload,
  portal: PortalId,
  sections: SeedSection[],
  log: (line: string) => void,
): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>();
  const bar = progress(`sections (${portal})`, sections.length, log);
  // Parents before children, whatever the order they are written in.
  const ordered = [...sections].sort(
    (a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)),
  );
  for (const section of ordered) {
    const slug = slugify(section.fr.title);
    const found = await payload.find({
      collection: 'sections',
      where: { and: [{ portal: { equals: portal } }, { slug: { equals: slug } }] },
      locale: 'fr',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    });
    let id = found.docs[0]?.id;
    if (id == null) {
      const parent = section.parent ? ids.get(section.parent) : undefined;
      const created = await payload.create({
        collection: 'sections',
        locale: 'fr',
        data: { ...section.fr, slug, portal, order: section.order, parent },
        overrideAccess: true,
      });
      id = created.id;
      if (section.nl) {
        await payload.update({
          collection: 'sections',
          id,
          locale: 'nl',
          data: { ...section.nl, slug: slugify(section.nl.title) },
          overrideAccess: true,
        });
      }
    }
    ids.set(section.key, id);
    bar.tick();
  }
  return ids;
}
