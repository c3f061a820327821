import { z } from 'zod';

/**
 * The machine-readable lines a portal build (`npm run portal:publish`) prints between its log
 * lines, one JSON object after a fixed prefix: a phase as it ends, then the release or the
 * error. The CMS reads them from the child's output to fill the build record editors see.
 * Both sides take the format from here.
 */
export const publishEventPrefix = '@publish ';

/**
 * The phases of a portal build; `queue` (before the build starts) is the CMS's own. `start` is
 * the publication script's own start (Node and its imports), `wait` the time behind another
 * build of the portal. They come in this order, except that `index` follows `deploy` when the
 * pages went live before their search index (scripts/lib/buildSite.ts).
 */
export const publishPhases = ['start', 'wait', 'build', 'index', 'deploy'] as const;
export type PublishPhase = (typeof publishPhases)[number];

const phaseEventSchema = z.strictObject({
  phase: z.enum(publishPhases, { error: `expected a phase among ${publishPhases.join(', ')}` }),
  ms: z.number({ error: 'expected the phase duration in milliseconds' }).nonnegative(),
});

const doneEventSchema = z.strictObject({
  done: z.strictObject({
    release: z.string({ error: 'expected the release name' }).min(1),
    pages: z.int({ error: 'expected the number of pages built' }).nonnegative(),
  }),
});

const errorEventSchema = z.strictObject({
  error: z.string({ error: 'expected the error message' }),
});

export const publishEventSchema = z.union([phaseEventSchema, doneEventSchema, errorEventSchema]);

/** A phase ended (`ms` long), the portal is live (`done`) or the build failed (`error`). */
export type PublishEvent = z.infer<typeof publishEventSchema>;

/** The line to print for `event`. */
export function formatPublishEvent(event: PublishEvent): string {
  return `${publishEventPrefix}${JSON.stringify(event)}`;
}

/** The event a line carries, or null for a log line (or a malformed event, logged as such). */
export function parsePublishEvent(line: string): PublishEvent | null {
  if (!line.startsWith(publishEventPrefix)) return null;
  let json: unknown;
  try {
    json = JSON.parse(line.slice(publishEventPrefix.length));
  } catch {
    return null;
  }
  const parsed = publishEventSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
