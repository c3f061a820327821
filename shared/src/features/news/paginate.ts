/** Splits a list into pages of `perPage`; an empty list still makes one (empty) page. */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`paginate: ${perPage} per page`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage) {
    pages.push(items.slice(start, start + perPage));
  }
  return pages.length > 0 ? pages : [[]];
}

/**
 * The page numbers a pagination bar shows: the first and last pages, and those within
 * `around` of the current one; null marks a gap. Keeps the bar short after years of news.
 */
export function pageWindow(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let page = 1; page <= count; page += 1) {
    if (page === 1 || page === count || Math.abs(page - current) <= around) shown.push(page);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
