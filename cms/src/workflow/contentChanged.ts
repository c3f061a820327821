import type { Field } from 'payload';
import { hasPath, localizedPaths, valueAt } from '../translation/localizedPaths.ts';
import { idsOf } from './relations.ts';

// Rich text's structure and formatting: the admin may write them back differently for the
// same words, and a referent vouches for the words and the links, not for the markup.
const structural = new Set([
  'type',
  'format',
  'direction',
  'mode',
  'style',
  'version',
  'indent',
  'textFormat',
  'textStyle',
  'tag',
  'listType',
  'id',
  'blockType',
  'blockName',
  'rel',
  'linkType',
  'relationTo',
]);

/** The words, link targets and referenced documents of a field's value, in order. */
export function contentSignature(value: unknown, key = ''): string[] {
  if (value == null || structural.has(key)) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number') return key === 'value' || key === 'doc' ? [String(value)] : [];
  if (Array.isArray(value)) return value.flatMap((item) => contentSignature(item));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([name, nested]) => contentSignature(nested, name));
  }
  return [];
}

function sameIds(a: unknown, b: unknown): boolean {
  const left = new Set(idsOf(a).map(String));
  const right = new Set(idsOf(b).map(String));
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/**
 * Whether a save changes what a referent validated: the text of a translatable field sent
 * in `data` (a field left out keeps its value), or the themes, which decide who validates.
 */
export function contentChanged(
  fields: Field[],
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
): boolean {
  if ('themes' in data && !sameIds(data.themes, previous.themes)) return true;
  return localizedPaths(fields).some(
    (path) =>
      hasPath(data, path) &&
      JSON.stringify(contentSignature(valueAt(data, path))) !==
        JSON.stringify(contentSignature(valueAt(previous, path))),
  );
}
