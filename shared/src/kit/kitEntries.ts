import type { KitEntries } from './contract.ts';

const empty: never[] = [];

/**
 * The entries of a build by collection name, read-only; a collection the portal does not load
 * (say, hospitals on a portal without them) reads as an empty list rather than undefined.
 */
export function kitEntries(lists: Readonly<Record<string, readonly unknown[]>>): KitEntries {
  const target: Record<string, readonly unknown[]> = { ...lists };
  return new Proxy(target, {
    get: (held, name) => (typeof name === 'string' ? (held[name] ?? empty) : undefined),
  }) as unknown as KitEntries;
}
