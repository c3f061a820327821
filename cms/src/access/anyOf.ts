import type { Access, AccessArgs, AccessResult, Where } from 'payload';

/**
 * Grants what any of `rules` grants: true as soon as one says true, otherwise the `or` of
 * their `where` clauses, false when none grants anything. Lets each role keep its own
 * predicate (`isEditorOfPortal`, `isReferentOfThemes`) and collections combine them.
 */
export function anyOf(...rules: (Access | Where)[]): Access {
  return async (args: AccessArgs) => {
    const clauses: Where[] = [];
    for (const rule of rules) {
      const result: AccessResult = typeof rule === 'function' ? await rule(args) : rule;
      if (result === true) return true;
      if (result && typeof result === 'object') clauses.push(result);
    }
    if (clauses.length === 0) return false;
    return clauses.length === 1 ? (clauses[0] as Where) : { or: clauses };
  };
}
