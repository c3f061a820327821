import { locales, sectionDocumentPath, type Locale } from '@portals/content-models';
import type { PayloadRequest } from 'payload';

type Id = number | string;

interface SectionRecord {
  id: Id;
  slug?: Partial<Record<Locale, string | null>> | null;
  parent?: Id | { id: Id } | null;
  portal?: string | null;
}

function idOf(value: SectionRecord['parent']): Id | null {
  if (value == null) return null;
  return typeof value === 'object' ? value.id : value;
}

async function readSection(req: PayloadRequest, id: Id): Promise<SectionRecord | null> {
  return (await req.payload.findByID({
    collection: 'sections',
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as SectionRecord | null;
}

/**
 * A section's page path in each locale where every section of its chain has a slug. The tree
 * is at most three levels deep, and `limitTreeDepth` refuses cycles, so the walk is short.
 */
export async function sectionPathsOf(
  req: PayloadRequest,
  section: SectionRecord,
): Promise<Partial<Record<Locale, string>>> {
  const chain: SectionRecord[] = [section];
  for (let parent = idOf(section.parent); parent != null && chain.length < 10;) {
    const record = await readSection(req, parent);
    if (!record) break;
    chain.unshift(record);
    parent = idOf(record.parent);
  }
  const paths: Partial<Record<Locale, string>> = {};
  for (const locale of locales) {
    const slugs = chain.map((record) => record.slug?.[locale]);
    if (slugs.every((slug): slug is string => typeof slug === 'string' && slug !== '')) {
      paths[locale] = sectionDocumentPath(locale, slugs);
    }
  }
  return paths;
}

/** The ids of a section and of every section below it: their paths all start with its own. */
export async function sectionSubtree(req: PayloadRequest, id: Id): Promise<Id[]> {
  const ids: Id[] = [id];
  let level: Id[] = [id];
  while (level.length > 0 && ids.length < 1000) {
    const { docs } = await req.payload.find({
      collection: 'sections',
      where: { parent: { in: level } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    });
    level = docs.map((doc) => doc.id).filter((child) => !ids.includes(child));
    ids.push(...level);
  }
  return ids;
}
