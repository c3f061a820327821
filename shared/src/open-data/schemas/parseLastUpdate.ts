/**
 * Reads Bruxelles Social's `lastUpdate` (`dd/mm/yy`, e.g. "28/08/20") as an ISO date
 * ("2020-08-28"). Two-digit years are 20yy: the directory went online in the 2000s.
 * Returns null for anything that is not a real calendar date.
 */
export function parseLastUpdate(value: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, dd, mm, yy] = match as unknown as [string, string, string, string];
  const year = 2000 + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31/02 over into March; a round trip tells real dates from rolled ones.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${year}-${mm}-${dd}`;
}
