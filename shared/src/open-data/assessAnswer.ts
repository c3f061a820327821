export interface AnswerThresholds {
  /** Above this share of rejected records, the answer is treated as broken. @default 0.05 */
  maxRejectedRatio?: number;
  /** Below this share of the last good copy's count, the answer is treated as truncated. @default 0.8 */
  minCountRatio?: number;
}

export interface AnswerFigures {
  /** Records in the fresh answer. */
  total: number;
  /** Of those, records the normaliser refused. */
  rejected: number;
  /** Records in the last good copy, if there is one. */
  previousTotal?: number;
}

export type AnswerVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Decides whether a fresh answer may replace the last good copy. The directory changes by a
 * few records a day, so an empty list, a sudden drop or a wave of schema failures means the
 * service (or its schema) broke, not that Brussels lost its social services overnight.
 */
export function assessAnswer(
  figures: AnswerFigures,
  thresholds: AnswerThresholds = {},
): AnswerVerdict {
  const maxRejectedRatio = thresholds.maxRejectedRatio ?? 0.05;
  const minCountRatio = thresholds.minCountRatio ?? 0.8;
  const { total, rejected, previousTotal } = figures;

  if (total === 0) return { ok: false, reason: 'the list of organisations is empty' };
  if (rejected / total > maxRejectedRatio) {
    return {
      ok: false,
      reason: `${rejected} of ${total} records fail the schema (${percent(rejected / total)}, more than ${percent(maxRejectedRatio)})`,
    };
  }
  if (previousTotal !== undefined && total < previousTotal * minCountRatio) {
    return {
      ok: false,
      reason: `only ${total} organisations, fewer than ${percent(minCountRatio)} of the ${previousTotal} in the last good copy`,
    };
  }
  return { ok: true };
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}
