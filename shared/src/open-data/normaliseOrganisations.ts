import type { Organisation, RejectedRecord } from './Organisation.ts';
import { normaliseOrganisation, type NormaliseOptions } from './normaliseOrganisation.ts';

export interface NormalisedDirectory {
  organisations: Organisation[];
  /** Records that failed a required field: reported, so a warning can name them. */
  rejected: RejectedRecord[];
}

/** Normalises a whole `/rest/search/organisation/*` answer, keeping the records' order. */
export function normaliseOrganisations(
  records: readonly unknown[],
  options: NormaliseOptions = {},
): NormalisedDirectory {
  const organisations: Organisation[] = [];
  const rejected: RejectedRecord[] = [];
  for (const record of records) {
    const result = normaliseOrganisation(record, options);
    if (result.ok) organisations.push(result.organisation);
    else rejected.push(result.rejected);
  }
  return { organisations, rejected };
}

/** "13219 (address.zipCode: …; lastUpdate: …)", for warnings that must name what failed. */
export function describeRejected(rejected: RejectedRecord): string {
  const issues = rejected.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return `${rejected.id ?? 'record without a valid id'} (${issues})`;
}
