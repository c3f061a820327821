const formatters = new Map<string, unknown>();

/**
 * Builds an `Intl` formatter once per key. Constructing one costs tens of microseconds, which
 * thousands of pages that each format a date, a list or a name sort turn into seconds.
 */
export function cachedIntl<T>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}
