/**
 * The `@publish {json}` lines the portal build prints (scripts/lib/publishEvents.ts, which the
 * CMS cannot import: it is outside its package). Anything else is a log line.
 */
export type PublishEvent =
  { phase: string; ms: number } | { done: { release: string; pages: number } } | { error: string };

const prefix = '@publish ';

export function parsePublishEvent(line: string): PublishEvent | null {
  if (!line.startsWith(prefix)) return null;
  try {
    const event = JSON.parse(line.slice(prefix.length)) as unknown;
    if (!event || typeof event !== 'object') return null;
    if ('phase' in event && 'ms' in event && typeof event.ms === 'number') {
      return { phase: String(event.phase), ms: event.ms };
    }
    if ('done' in event && event.done && typeof event.done === 'object') {
      const done = event.done as { release?: unknown; pages?: unknown };
      return { done: { release: String(done.release), pages: Number(done.pages) || 0 } };
    }
    if ('error' in event) return { error: String(event.error) };
    return null;
  } catch {
    return null;
  }
}
