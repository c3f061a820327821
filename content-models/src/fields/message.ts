/**
 * A validation message in both admin languages. Payload's `validate` returns one string,
 * and editors of either language must understand it, so both are given, French first.
 */
export function message(fr: string, nl: string): string {
  return `${fr} / ${nl}`;
}
