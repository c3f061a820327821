import { APIError } from 'payload';

/**
 * An error whose message reaches the client in production: public, with its status, worded in
 * both admin languages (French first), as the project's other refusals.
 */
export function refuse(status: number, fr: string, nl: string): never {
  throw new APIError(`${fr} / ${nl}`, status, undefined, true);
}

/** The JSON answer of a refusal made before Payload sees the request, shaped like Payload's. */
export function refusal(status: number, fr: string, nl: string): Response {
  return Response.json({ errors: [{ message: `${fr} / ${nl}` }] }, { status });
}
