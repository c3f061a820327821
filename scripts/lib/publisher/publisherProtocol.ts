import { z } from 'zod';

/**
 * What a publication asks the portal's publisher: the portal, and the environment the
 * publication runs with (the CMS's URL, the live folder, the deploy settings…), which the
 * publisher applies for that publication only.
 */
export const publisherRequestSchema = z.object({
  portal: z.string().min(1),
  env: z.record(z.string(), z.string()),
});
export type PublisherRequest = z.infer<typeof publisherRequestSchema>;

/**
 * How a publisher ended a request: the publication succeeded or failed (its own `@publish`
 * lines say why), or the publisher refused it without building (its code is out of date), in
 * which case the caller publishes by itself.
 */
export type PublisherOutcome =
  { status: 'succeeded' | 'failed' } | { status: 'refused'; reason: string };

/**
 * How the log of a publication the publisher built begins its last line (the build record
 * keeps it): the bench tells warm publications from the others by it.
 */
export const builtByPublisher = "Built by the portal's publisher";

const prefix = '@publisher ';

const outcomeSchema = z.union([
  z.object({ status: z.enum(['succeeded', 'failed']) }),
  z.object({ status: z.literal('refused'), reason: z.string() }),
]);

/** The last line of the publisher's answer. */
export function formatPublisherOutcome(outcome: PublisherOutcome): string {
  return `${prefix}${JSON.stringify(outcome)}`;
}

/** The outcome a line carries, or undefined for any other line of the answer. */
export function parsePublisherOutcome(line: string): PublisherOutcome | undefined {
  if (!line.startsWith(prefix)) return undefined;
  const parsed = outcomeSchema.safeParse(JSON.parse(line.slice(prefix.length)));
  return parsed.success ? parsed.data : undefined;
}
