import { readAtMost } from '../input/limitRequestBody.ts';

export type FormBody = Record<string, string>;

/** Why a body could not be read: over the cap, or neither form-encoded nor a JSON object. */
export type UnreadableBody = 'too-large' | 'malformed';

function fromJson(text: string): FormBody | 'malformed' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'malformed';
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'malformed';
  const body: FormBody = {};
  for (const [name, value] of Object.entries(parsed)) {
    // Numbers are accepted for `started`; nested values never are.
    if (typeof value === 'string' || typeof value === 'number') body[name] = String(value);
    else if (value !== null && value !== undefined) return 'malformed';
  }
  return body;
}

/**
 * A form post's fields from an `application/x-www-form-urlencoded` or JSON body, read up to
 * `maxBytes` (the rest is never read). A repeated field keeps its first value.
 */
export async function readFormBody(
  request: Request,
  maxBytes: number,
): Promise<FormBody | UnreadableBody> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return 'too-large';
  if (!request.body) return {};
  const bytes = await readAtMost(request.body, maxBytes);
  if (!bytes) return 'too-large';
  const text = bytes.toString('utf8');
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) return fromJson(text);
  if (!type.startsWith('application/x-www-form-urlencoded')) return 'malformed';
  const body: FormBody = {};
  for (const [name, value] of new URLSearchParams(text)) body[name] ??= value;
  return body;
}
