import { textLimitOf, tooLongMessage } from '@portals/content-models';
import type { Field, Validate } from 'payload';
import { email, richText, text, textarea } from 'payload/shared';

/** Payload's own validation of each type, which a field's `validate` replaces. */
const defaults = { text, textarea, email, richText } as unknown as Record<string, Validate>;

/** Characters of a value as stored: each string (every locale, every item), rich text as JSON. */
function lengthOf(type: string, value: unknown): number {
  if (value == null) return 0;
  if (type === 'richText') return JSON.stringify(value).length;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'object') {
    return Math.max(0, ...Object.values(value).map((item) => lengthOf(type, item)));
  }
  return 0;
}

function limited(field: Field): Field {
  const limit = 'name' in field ? textLimitOf(field) : undefined;
  if (limit === undefined || !('type' in field)) return field;
  const own = 'maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : limit;
  const validate =
    ('validate' in field ? (field.validate as Validate | undefined) : undefined) ??
    defaults[field.type];
  const checked: Validate = (value, options) => {
    const length = lengthOf(field.type, value);
    if (length > own) return tooLongMessage(length, own);
    return validate ? validate(value, options) : true;
  };
  return {
    ...field,
    ...(field.type === 'richText' ? {} : { maxLength: own }),
    validate: checked,
  } as Field;
}

/**
 * Every text, textarea, e-mail and rich-text field, nested ones included, refuses a value
 * over its limit (`textLimitsByName`, `textLimitsByType` in content-models) with a message in
 * both languages, then runs its own validation (or Payload's default for its type).
 */
export function limitTextLength(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ('tabs' in field) {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: limitTextLength(tab.fields) })),
      };
    }
    if ('blocks' in field && Array.isArray(field.blocks)) {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: limitTextLength(block.fields) })),
      };
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: limitTextLength(field.fields) };
    }
    return limited(field);
  });
}
