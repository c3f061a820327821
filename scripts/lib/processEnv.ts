/**
 * Makes `process.env` exactly `env` (variables set to undefined are removed) and returns the
 * function that puts the previous one back. For work done in this process that would otherwise
 * run in a child with that environment (an in-process Astro build); one such work at a time.
 */
export function replaceProcessEnv(env: Record<string, string | undefined>): () => void {
  const previous = { ...process.env };
  const apply = (next: Record<string, string | undefined>) => {
    for (const name of Object.keys(process.env)) {
      if (next[name] === undefined) delete process.env[name];
    }
    for (const [name, value] of Object.entries(next)) {
      if (value !== undefined) process.env[name] = value;
    }
  };
  apply(env);
  return () => apply(previous);
}
