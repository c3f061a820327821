import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportMarkdown, type ImportReport } from './importReport.ts';

/** Writes `wordpress-import-<portal>.json` and `.md` in `dir`; returns their paths. */
export function writeReport(report: ImportReport, dir: string): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `wordpress-import-${report.portal}`);
  const json = `${base}.json`;
  const markdown = `${base}.md`;
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, reportMarkdown(report));
  return { json, markdown };
}
