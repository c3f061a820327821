/** Synthetic demonstration records of the snapshot use ids from here up. */
export const syntheticIdFloor = 900_000;

/** The remark every synthetic record carries, so a reader of the page knows it is fictitious. */
export const syntheticRemark = {
  fr: 'Organisation fictive (donnée synthétique de démonstration)',
  nl: 'Fictieve organisatie (synthetische demonstratiegegevens)',
} as const;

/**
 * Both marks are required: a real organisation may one day get a high id, and then it must
 * not be badged as fictitious.
 */
export function isSyntheticRecord(id: number, remarkFr: string | null): boolean {
  return id >= syntheticIdFloor && remarkFr === syntheticRemark.fr;
}
