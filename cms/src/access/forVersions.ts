import type { Access, Where } from 'payload';

function prefixed(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map(prefixed)]
        : [key.startsWith('version.') || key === 'parent' ? key : `version.${key}`, value],
    ),
  );
}

/**
 * A document rule for its version history: Payload applies a `readVersions` clause to the
 * versions table, where the document's fields live under `version.` (a bare `portals` there
 * answered 500 "Cannot find field for path at portals", issue #13, finding 8).
 */
export function forVersions(rule: Access): Access {
  return async (args) => {
    const result = await rule(args);
    return result && typeof result === 'object' ? prefixed(result) : result;
  };
}
