import { slugify } from '@portals/content-models';
import type { CollectionBeforeValidateHook, Where } from 'payload';

/**
 * Fills the slug of the locale being saved from its title when empty, normalises a typed
 * slug, and makes it unique within `scopeField` (e.g. a section's portal) by numbering it.
 * Runs on duplicates too, so a copied article never steals the original's URL.
 * `from` names the title field when it is not `title` (a hospital's `name`).
 */
export function fillSlugFromTitle(
  scopeField?: string,
  { from = 'title' }: { from?: string } = {},
): CollectionBeforeValidateHook {
  return async ({ data, req, originalDoc, collection }) => {
    const title: unknown = data?.[from];
    if (!data || typeof title !== 'string' || title.trim() === '') return data;
    if (req.locale === 'all') return data;
    const base = slugify(typeof data.slug === 'string' && data.slug ? data.slug : title);
    if (!base) return data;
    const selfId = (originalDoc as { id?: number | string } | undefined)?.id;
    const previous = originalDoc as Record<string, unknown> | undefined;
    const scope: unknown = scopeField ? (data[scopeField] ?? previous?.[scopeField]) : undefined;
    let candidate = base;
    for (let n = 2; ; n += 1) {
      const clauses: Where[] = [{ slug: { equals: candidate } }];
      if (selfId != null) clauses.push({ id: { not_equals: selfId } });
      if (scopeField && scope != null) clauses.push({ [scopeField]: { equals: scope } });
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'articles',
        where: { and: clauses },
        locale: req.locale ?? undefined,
        req,
        overrideAccess: true,
      });
      if (totalDocs === 0) break;
      candidate = `${base}-${n}`;
    }
    data.slug = candidate;
    return data;
  };
}
