import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cmsDir } from '../../../scripts/lib/paths.ts';

/** A logged-in account of the CMS under test, or `null` for an anonymous request. */
export type Session = { email: string; token: string; id: number } | null;

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function authHeaders(session: Session): Record<string, string> {
  return session
    ? { authorization: `JWT ${session.token}`, cookie: `payload-token=${session.token}` }
    : {};
}

/** Logs `email` in through the REST API, as the admin's login form does. */
export async function login(cmsUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login of ${email} answered ${response.status}`);
  const { token, user } = (await response.json()) as { token: string; user: { id: number } };
  return { email, token, id: user.id };
}

/** One REST call: JSON in, status and JSON out. */
export async function api(
  cmsUrl: string,
  session: Session,
  method: string,
  route: string,
  body?: unknown,
): Promise<Answer> {
  const isForm = body instanceof FormData;
  const response = await fetch(`${cmsUrl}/api/${route}`, {
    method,
    headers: {
      ...authHeaders(session),
      ...(body !== undefined && !isForm && { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  } catch {
    return { status: response.status, body: { text } };
  }
}

/** The first error message of a refused REST call and, for validation errors, each field's. */
export function refusal({ status, body }: Answer): { status: number; message: string } {
  const errors = (body.errors ?? []) as {
    message?: string;
    data?: { errors?: { message?: string }[] };
  }[];
  const first = errors[0];
  const details = (first?.data?.errors ?? []).map((entry) => entry.message ?? '');
  return { status, message: [first?.message ?? '', ...details].filter(Boolean).join('\n') };
}

/**
 * The id of the admin's server action (`serverFunction` in `app/(payload)/layout.tsx`), read
 * from the production build's manifest: the admin's browser posts every server function
 * (`form-state`, `schedule-publish`…) to it.
 */
export function serverActionId(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(cmsDir, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename?: string }> };
  const entry = Object.entries(manifest.node).find(([, action]) =>
    action.filename?.endsWith('src/app/(payload)/layout.tsx'),
  );
  if (!entry) throw new Error('No server action of the admin layout in the CMS build manifest.');
  return entry[0];
}

/**
 * Calls a Payload server function over HTTP exactly as the admin does: a POST of the Next
 * server action to an admin page, `[{ name, args }]` as its body. Returns the status and the
 * raw React Server Components stream (the result is searched in it as text).
 */
export async function serverFunction(
  cmsUrl: string,
  session: Session,
  name: string,
  args: Record<string, unknown>,
  page = '/admin',
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${cmsUrl}${page}`, {
    method: 'POST',
    headers: {
      ...authHeaders(session),
      'next-action': serverActionId(),
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: cmsUrl,
    },
    body: JSON.stringify([{ name, args }]),
  });
  return { status: response.status, text: await response.text() };
}
