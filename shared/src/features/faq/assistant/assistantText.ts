/**
 * The words of a question or an answer as the FAQ assistant compares them: lower case,
 * without accents or apostrophes, stop words left out. Runs in the browser: no imports.
 */
export function termsOf(text: string, stopWords: ReadonlySet<string>): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 1 && !stopWords.has(term));
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Two words taken as the same: equal, one a start of the other (`bebe`, `bebes`;
 * `geboorte`, `geboortepremie`: a light stemming that also reads Dutch compounds), or a long
 * common start (`allaiter`, `allaitement`). Short words must be equal: `an` is not `annee`.
 */
export function termsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  return commonPrefixLength(a, b) >= 6;
}
