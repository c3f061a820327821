import { handleEndpoints, type Payload } from 'payload';

export interface FormPost {
  /** The form's fields; `started` defaults to ten seconds ago, the honeypot to empty. */
  fields: Record<string, string>;
  portal?: string;
  locale?: string;
  /** Ask for JSON as the page's script does. @default false */
  json?: boolean;
  /** The client address the reverse proxy reports. */
  client?: string;
  /** A raw body in place of the encoded fields. */
  body?: string;
}

export interface FormAnswer {
  status: number;
  location: string | null;
  headers: Headers;
  json: unknown;
}

/** A post to a form endpoint through Payload's REST router, as a portal page sends it. */
export async function postForm(
  payload: Payload,
  form: 'contact' | 'question',
  {
    fields,
    portal = 'seul-avec-enfant',
    locale = 'fr',
    json = false,
    client = '192.0.2.10',
    body,
  }: FormPost,
): Promise<FormAnswer> {
  const encoded = new URLSearchParams({
    website: '',
    started: String(Date.now() - 10_000),
    ...fields,
  }).toString();
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(
      `http://localhost:3000/api/forms/${form}?portal=${portal}&locale=${locale}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': client,
          origin: 'https://seul.example.be',
          ...(json ? { accept: 'application/json' } : {}),
        },
        body: body ?? encoded,
      },
    ),
  });
  const text = await response.text();
  return {
    status: response.status,
    location: response.headers.get('location'),
    headers: response.headers,
    json: text ? (JSON.parse(text) as unknown) : null,
  };
}
