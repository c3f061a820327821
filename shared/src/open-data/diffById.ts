import { createHash } from 'node:crypto';
import { recordId } from './recordId.ts';

export interface DirectoryDiff {
  /** Ids present only in the new list. */
  added: number[];
  /** Ids in both lists whose content hash differs. */
  changed: number[];
  /** Ids present only in the old list. */
  removed: number[];
  unchanged: number;
}

/**
 * SHA-256 of the value's JSON with object keys sorted, so that a reordering of keys by the
 * service does not count as a change while any edited value does.
 */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}

/** Compares two lists of records by `id` and content hash; records without a numeric id are ignored. */
export function diffById(before: readonly unknown[], after: readonly unknown[]): DirectoryDiff {
  const previous = hashesById(before);
  const current = hashesById(after);
  const diff: DirectoryDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const [id, hash] of current) {
    const old = previous.get(id);
    if (old === undefined) diff.added.push(id);
    else if (old !== hash) diff.changed.push(id);
    else diff.unchanged++;
  }
  for (const id of previous.keys()) if (!current.has(id)) diff.removed.push(id);
  for (const ids of [diff.added, diff.changed, diff.removed]) ids.sort((a, b) => a - b);
  return diff;
}

function hashesById(records: readonly unknown[]): Map<number, string> {
  const hashes = new Map<number, string>();
  for (const record of records) {
    const id = recordId(record);
    if (id !== undefined) hashes.set(id, contentHash(record));
  }
  return hashes;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
