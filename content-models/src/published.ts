/**
 * The REST `where` clause every public read adds. Anonymous access already hides drafts,
 * but a never-published draft can still come back from `draft=false` reads
 * (payload#14750), so the sites filter on the status explicitly as well.
 */
export const publishedWhere = { _status: { equals: 'published' } } as const;
