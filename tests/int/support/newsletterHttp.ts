import { formThrottle } from '@portals/cms/forms';
import type { Payload } from 'payload';
import { handleEndpoints } from 'payload';

export interface Reply {
  status: number;
  location: string | null;
  text: string;
  /** `Access-Control-Allow-Origin`: whether a script on that origin may read the answer. */
  allowOrigin: string | null;
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
    allowOrigin: response.headers.get('access-control-allow-origin'),
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
    origin = 'http://localhost:4321',
  }: {
    email: string;
    portal?: string;
    locale?: string;
    json?: boolean;
    /** The page's origin, which a browser sends with a cross-origin post. */
    origin?: string;
  },
): Promise<Reply> {
  // Each test post counts against the per-client limit of the public forms.
  formThrottle.clear();
  return call(payload, `/api/newsletter/subscribe?portal=${portal}&locale=${locale}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin,
      ...(json && { accept: 'application/json' }),
    },
    body: new URLSearchParams({ email, started: String(Date.now() - 10_000), website: '' }),
  });
}
