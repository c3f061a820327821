import type { PortalId } from '@portals/content-models';
import type { Payload } from 'payload';
import type { ImportReport } from './importReport.ts';
import type { WxrLocale } from './wxrModel.ts';

/** What every writing step shares: the CMS, the portal, the ids found so far, the report. */
export type ImportContext = {
  payload: Payload;
  portal: PortalId;
  locales: readonly WxrLocale[];
  /** Import key → id of the document written, per collection (`articles:post:12` → 41). */
  ids: Map<string, number>;
  report: ImportReport;
  log: (line: string) => void;
};

export const idKey = (collection: string, key: string) => `${collection}:${key}`;

/** Writes by the import are the script's, not a person's: no workflow e-mails, no rebuilds. */
export const writeContext = { silentWorkflow: true, wordpressImport: true };

/** The locales of a localized record, the portal's default first. */
export function localesOf<T>(
  values: Partial<Record<WxrLocale, T>>,
  order: readonly WxrLocale[],
): WxrLocale[] {
  return order.filter((locale) => values[locale] !== undefined);
}
