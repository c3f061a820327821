/** A value Payload's REST API accepts in its query string (parsed there by `qs`). */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly QueryValue[]
  | { readonly [key: string]: QueryValue };

/**
 * Serialises nested objects the way `qs` expects them (`where[and][0][_status][equals]=…`),
 * so `where` clauses can be written as the same objects the Local API takes.
 */
export function encodeQuery(params: Record<string, QueryValue>): URLSearchParams {
  const search = new URLSearchParams();
  const walk = (key: string, value: QueryValue): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item: QueryValue, index) => walk(`${key}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [child, item] of Object.entries(value)) {
        walk(key ? `${key}[${child}]` : child, item);
      }
    } else {
      search.append(key, String(value));
    }
  };
  walk('', params);
  return search;
}

type Select = { [field: string]: true | Select };

/**
 * Turns a list of field names into Payload's `select[field]=true` projection; a dotted name
 * selects a sub-field (`steps.title` → `select[steps][title]=true`).
 */
export function selectFields(fields: readonly string[]): Select {
  const select: Select = {};
  for (const field of fields) {
    const [head = field, ...rest] = field.split('.');
    if (rest.length === 0) {
      select[head] = true;
      continue;
    }
    const nested = select[head];
    select[head] = {
      ...(typeof nested === 'object' ? nested : {}),
      ...selectFields([rest.join('.')]),
    };
  }
  return select;
}
