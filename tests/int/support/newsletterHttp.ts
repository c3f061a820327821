import { formThrottle } from '@portals/cms/forms';
import type { Payload } from 'payload';
import { handleEndpoints } from 'payload';

export interface Reply {
  status: number;
  location: string | null;
  text: string;
}

/** One request to the CMS's REST routes, in process (no server), as a browser would send it. */
export async function call(payload: Payload, url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(new URL(url, 'http://localhost:3000'), init),
  });
  return {
    status: response.status,
    location: response.headers.get('location'),
    text: await response.text(),
  };
}

/** The sign-up form posted without JavaScript (or with, `json: true`), filled in ten seconds. */
export function subscribe(
  payload: Payload,
  {
    email,
    portal = 'hospichild',
    locale = 'fr',
    json = false,
  }: {
    email: string;
    portal?: string;
    locale?: string;
    json?: boolean;
  },
): Promise<Reply> {
  // Each test post counts against the per-client limit of the public forms.
  formThrottle.clear();
  return call(payload, `/api/newsletter/subscribe?portal=${portal}&locale=${locale}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(json && { accept: 'application/json' }),
    },
    body: new URLSearchParams({ email, started: String(Date.now() - 10_000), website: '' }),
  });
}
