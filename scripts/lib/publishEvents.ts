import type { BuildPhase } from './buildSite.ts';

/**
 * The machine-readable lines `publish-portal` prints between its log lines. The CMS parses
 * them (cms/src/publish/parsePublishEvent.ts mirrors this shape: the CMS cannot import
 * scripts/), so keep both in step.
 */
export type PublishEvent =
  | { phase: BuildPhase; ms: number }
  | { done: { release: string; pages: number } }
  | { error: string };

export const publishEventPrefix = '@publish ';

export function publishEvent(event: PublishEvent): string {
  return `${publishEventPrefix}${JSON.stringify(event)}`;
}
