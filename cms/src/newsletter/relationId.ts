/** The id of a relationship value, whether it arrived as an id or as the populated document. */
export function relationId(value: number | string | { id: number | string }): string {
  return String(typeof value === 'object' ? value.id : value);
}
