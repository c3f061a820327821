import type { Field } from 'payload';

/** Fields whose translation is not tracked: slugs follow their titles by themselves. */
const untracked = new Set(['slug']);

/**
 * Dotted paths of every localized field, through groups, tabs, rows and collapsibles
 * (`title`, `seo.metaTitle`, `maternity.body`): what a translator has to translate.
 */
export function localizedPaths(fields: Field[], prefix = ''): string[] {
  const paths: string[] = [];
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const nested = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix;
        paths.push(...localizedPaths(tab.fields, nested));
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      paths.push(...localizedPaths(field.fields, prefix));
    } else if (field.type === 'group') {
      const nested = 'name' in field && field.name ? `${prefix}${field.name}.` : prefix;
      paths.push(...localizedPaths(field.fields, nested));
    } else if (
      'name' in field &&
      'localized' in field &&
      field.localized &&
      !untracked.has(field.name)
    ) {
      paths.push(`${prefix}${field.name}`);
    }
  }
  return paths;
}

/** The value at a dotted path, or undefined. */
export function valueAt(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const key of path.split('.')) {
    if (current == null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Whether `path` was sent in a (partial) save, so a field left out keeps its stored value. */
export function hasPath(source: unknown, path: string): boolean {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.length ? valueAt(source, keys.join('.')) : source;
  return parent != null && typeof parent === 'object' && last in parent;
}
