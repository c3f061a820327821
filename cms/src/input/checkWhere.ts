import type { FlattenedField, Payload, Where } from 'payload';
import { validOperatorSet } from 'payload/shared';
import { isDocumentId } from './documentId.ts';
import { refuse } from './refuse.ts';

const pointOperators = new Set(['near', 'within', 'intersects']);
const listOperators = new Set(['in', 'not_in', 'all']);
const comparisons = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']);
const textOperators = new Set(['like', 'not_like', 'contains']);

/** What a where value is checked against: an id of a collection, a number or a date. */
type Kind = { of: 'id'; collection: string } | { of: 'number' } | { of: 'date' } | { of: 'other' };

function kindOf(collection: string, path: string, fields: FlattenedField[]): Kind | undefined {
  const field = fields.find((candidate) => candidate.name === path);
  // `parent` is the document a version belongs to, unless the collection has its own field.
  if (path === 'id' || (path === 'parent' && !field)) return { of: 'id', collection };
  if (!field) return undefined;
  if (field.type === 'number') return { of: 'number' };
  if (field.type === 'date') return { of: 'date' };
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  ) {
    return { of: 'id', collection: field.relationTo };
  }
  return field.type === 'point' ? undefined : { of: 'other' };
}

function valuesOf(operator: string, value: unknown): unknown[] {
  if (!listOperators.has(operator)) return [value];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? value.split(',') : [value];
}

function fits(payload: Payload, kind: Kind, value: unknown): boolean {
  if (value === null || (typeof value === 'object' && kind.of !== 'date')) return true;
  if (kind.of === 'id') return isDocumentId(payload, kind.collection, value);
  if (kind.of === 'number') return value !== '' && Number.isFinite(Number(value));
  if (kind.of === 'date') {
    return value instanceof Date || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));
  }
  return true;
}

function invalid(path: string, operator: string, value: unknown): never {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  refuse(
    400,
    `Filtre invalide : « ${shown} » ne convient pas à « ${path} » (${operator})`,
    `Ongeldige filter: "${shown}" past niet bij "${path}" (${operator})`,
  );
}

function checkCondition(
  payload: Payload,
  collection: string,
  fields: FlattenedField[],
  path: string,
  condition: unknown,
): void {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return;
  const kind = kindOf(collection, path.replace(/^version\./, ''), fields);
  for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
    if (!validOperatorSet.has(operator as never)) invalid(path, operator, value);
    if (!kind) continue;
    if (pointOperators.has(operator)) invalid(path, operator, value);
    if (operator === 'exists') {
      if (![true, false, 'true', 'false'].includes(value as never)) invalid(path, operator, value);
      continue;
    }
    if (kind.of !== 'other' && textOperators.has(operator)) invalid(path, operator, value);
    if (kind.of === 'date' && !comparisons.has(operator) && !operator.includes('equals')) continue;
    for (const item of valuesOf(operator, value)) {
      if (!fits(payload, kind, item)) invalid(path, operator, item);
    }
  }
}

/**
 * Refuses, with a 400 naming the filter, a where clause whose values cannot fit the fields it
 * filters (an id that is no id, a date that is no date, a distance on a text): the database
 * drivers throw on them, which Payload answers with a 500. Unknown paths are left to Payload.
 */
export function checkWhere(
  payload: Payload,
  collection: string,
  fields: FlattenedField[],
  where: Where | undefined,
): void {
  if (!where || typeof where !== 'object') return;
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const nested of value) checkWhere(payload, collection, fields, nested);
      continue;
    }
    checkCondition(payload, collection, fields, key, value);
  }
}
