import type { SiteMidwifeEntry } from './midwifeKind.ts';

/** Oldest first: numeric ids (SQLite) by value, others (MongoDB's, time-ordered) as text. */
function byAge(a: SiteMidwifeEntry, b: SiteMidwifeEntry): number {
  const [x, y] = [Number(a.id), Number(b.id)];
  return Number.isSafeInteger(x) && Number.isSafeInteger(y) ? x - y : a.id.localeCompare(b.id);
}

/**
 * A midwife's address comes from her name (the collection has no slug field), so two
 * namesakes ("Marie Dubois" twice, common enough) would share one page and fail the whole
 * build on its duplicate path. The oldest keeps the address of her name, which therefore never
 * changes when a namesake arrives; each later one gets her id after it:
 * `/fr/sages-femmes/marie-dubois-42/`.
 */
export function withUniqueSlugs(midwives: readonly SiteMidwifeEntry[]): SiteMidwifeEntry[] {
  const taken = new Set<string>();
  const slugOf = new Map<string, string>();
  for (const midwife of [...midwives].sort(byAge)) {
    const withId = `${midwife.slug}-${midwife.id}`;
    let slug = taken.has(midwife.slug) ? withId : midwife.slug;
    for (let n = 2; taken.has(slug); n += 1) slug = `${withId}-${n}`;
    taken.add(slug);
    slugOf.set(midwife.id, slug);
  }
  return midwives.map((midwife) => {
    const slug = slugOf.get(midwife.id) ?? midwife.slug;
    return slug === midwife.slug ? midwife : { ...midwife, slug };
  });
}
