import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload';

type Id = number | string;

function idOf(value: unknown): Id | null {
  if (value == null || value === '') return null;
  if (typeof value === 'object') return (value as { id?: Id }).id ?? null;
  return value as Id;
}

/** Levels above and including `parent`, refusing a loop back to `self`. */
async function depthOf(req: PayloadRequest, parent: Id, self: Id | undefined): Promise<number> {
  let depth = 0;
  let current: Id | null = parent;
  while (current != null) {
    if (self != null && String(current) === String(self)) return Number.POSITIVE_INFINITY;
    depth += 1;
    if (depth > 10) break;
    const doc: { parent?: unknown } = await req.payload.findByID({
      collection: 'sections',
      id: current,
      depth: 0,
      req,
      overrideAccess: true,
    });
    current = idOf(doc.parent);
  }
  return depth;
}

/** Levels of the subtree below `self` (0 when it has no children). */
async function heightBelow(req: PayloadRequest, self: Id, level = 0): Promise<number> {
  if (level > 10) return level;
  const { docs } = await req.payload.find({
    collection: 'sections',
    where: { parent: { equals: self } },
    depth: 0,
    limit: 200,
    req,
    overrideAccess: true,
  });
  let height = 0;
  for (const child of docs)
    height = Math.max(height, 1 + (await heightBelow(req, child.id, level + 1)));
  return height;
}

/**
 * Keeps the thematic tree within `max` levels (menu, sub-menu, sub-sub-menu) and free of
 * loops, also when a section that has children is moved under another one.
 */
export function limitTreeDepth(max: number): CollectionBeforeChangeHook {
  return async ({ data, req, originalDoc }) => {
    const parent = idOf(data.parent);
    if (parent == null) return data;
    const self = (originalDoc as { id?: Id } | undefined)?.id;
    const above = await depthOf(req, parent, self);
    const below = self == null ? 0 : await heightBelow(req, self);
    if (above + 1 + below > max) {
      const loop = above === Number.POSITIVE_INFINITY;
      throw new ValidationError({
        errors: [
          {
            path: 'parent',
            message: loop
              ? 'Une rubrique ne peut pas être placée sous elle-même. / Een rubriek kan niet onder zichzelf staan.'
              : `L’arborescence compte ${max} niveaux au plus. / De boomstructuur telt hoogstens ${max} niveaus.`,
          },
        ],
      });
    }
    return data;
  };
}
