import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** `redirects.json` as every build writes it at its root (the portal kit's redirects feature). */
const redirectsFileSchema = z.object({
  rules: z.array(
    z.object({
      from: z.string().startsWith('/', 'expected an old path starting with "/"'),
      to: z.string().min(1, 'expected a target'),
      status: z.union([z.literal(301), z.literal(302)], {
        error: 'expected the status 301 or 302',
      }),
    }),
  ),
});

export interface Redirect {
  to: string;
  status: 301 | 302;
}

/** Old path (and query) → rule, both as written and decoded, for one release. */
type RedirectTable = Map<string, Redirect>;

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

// A release never changes once built: its table is read once, keyed by file and date.
const tables = new Map<string, { mtimeMs: number; table: RedirectTable }>();

/** The redirects of the release served from `root`; none when it has no `redirects.json`. */
export function redirectTable(root: string): RedirectTable {
  const file = path.join(root, 'redirects.json');
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return new Map();
  const known = tables.get(file);
  if (known?.mtimeMs === stat.mtimeMs) return known.table;
  const parsed = redirectsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a redirects file: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  const table: RedirectTable = new Map();
  for (const { from, to, status } of parsed.data.rules) table.set(decoded(from), { to, status });
  tables.set(file, { mtimeMs: stat.mtimeMs, table });
  return table;
}

/** The rule of a request: its path and query exactly (`/?p=123`), else its path alone. */
export function findRedirect(
  table: RedirectTable,
  pathname: string,
  search: string,
): Redirect | undefined {
  const pathKey = decoded(pathname);
  return (search ? table.get(`${pathKey}${decoded(search)}`) : undefined) ?? table.get(pathKey);
}
