import type { Collection, Payload } from 'payload';

const objectIdPattern = /^[0-9a-f]{24}$/i;
const integerPattern = /^\d{1,15}$/;

/**
 * Whether `value` can be the id of a document of `collection` with the database in use:
 * numbers for SQLite and Postgres, ObjectIds for MongoDB, any text for custom text ids.
 * A malformed id makes the SQL and Mongo drivers throw, which Payload answers with a 500.
 */
export function isDocumentId(payload: Payload, collection: string, value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0;
  if (typeof value !== 'string' || value === '') return false;
  const custom = (payload.collections as Record<string, Collection | undefined>)[collection]
    ?.customIDType;
  const type = custom ?? payload.db.defaultIDType;
  if (type === 'number') return integerPattern.test(value);
  if (custom) return true;
  return payload.db.name === 'mongoose' ? objectIdPattern.test(value) : true;
}
