/** The id of a raw record, when it has a usable one; records are untrusted JSON. */
export function recordId(record: unknown): number | undefined {
  const id =
    typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined;
}
