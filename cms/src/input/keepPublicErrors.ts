import type { AfterErrorHook } from 'payload';

/** What the project and Payload put on the errors they mean the client to read. */
interface PublicFacts {
  status?: unknown;
  isPublic?: unknown;
  data?: unknown;
}

function asRecord(data: unknown): Record<string, unknown> | undefined {
  return data != null && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

/**
 * Answers every REST error from what it carries, not from its class: Payload's
 * `formatErrors` keeps the message and per-field details only when `instanceof` holds and
 * `error.name` is set, and after `next build` the server bundle has its own copy of the
 * classes and minified names, so the project's refusals arrived as "An unknown error
 * occurred." and validation errors without their fields. The rule on what is public is
 * Payload's own (`isErrorPublic`): `isPublic`, else any status but 500.
 */
export const keepPublicErrors: AfterErrorHook = ({ error }) => {
  const facts = error as Error & PublicFacts;
  const status = typeof facts.status === 'number' ? facts.status : 500;
  const data = asRecord(facts.data);
  const isPublic = typeof facts.isPublic === 'boolean' ? facts.isPublic : status !== 500;
  if (!isPublic) {
    return {
      status,
      response: {
        errors: [{ message: 'Erreur interne du serveur. / Interne serverfout.' }],
      },
    };
  }
  return {
    status,
    response: {
      errors: [
        {
          name: Array.isArray(data?.errors) ? 'ValidationError' : 'APIError',
          message: facts.message,
          ...(data ? { data } : {}),
        },
      ],
    },
  };
};
