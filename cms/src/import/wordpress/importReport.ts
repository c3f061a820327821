import type { ImportWarning } from './importPlan.ts';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';
export type Counts = Record<Outcome, number>;
export type ReportedKind = 'sections' | 'media' | 'articles' | 'redirects';

/** What an import did and what an editor should look at, written as JSON and Markdown. */
export type ImportReport = {
  portal: string;
  file: string;
  startedAt: string;
  counts: Record<ReportedKind, Counts>;
  warnings: ImportWarning[];
  /** Shortcode name → the documents that use it (kept as text in them). */
  unknownShortcodes: Record<string, string[]>;
  missingMedia: { document: string; file: string }[];
  brokenLinks: { document: string; href: string }[];
};

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 });

export function emptyReport(portal: string, file: string, now: Date): ImportReport {
  return {
    portal,
    file,
    startedAt: now.toISOString(),
    counts: { sections: zero(), media: zero(), articles: zero(), redirects: zero() },
    warnings: [],
    unknownShortcodes: {},
    missingMedia: [],
    brokenLinks: [],
  };
}

export function count(report: ImportReport, kind: ReportedKind, outcome: Outcome): void {
  report.counts[kind][outcome] += 1;
}

/** The report for people: counts first, then each list an editor works through. */
export function reportMarkdown(report: ImportReport): string {
  const lines = [
    `# WordPress import: ${report.portal}`,
    '',
    `Export \`${report.file}\`, ${report.startedAt}.`,
    '',
    '| | created | updated | unchanged | skipped | failed |',
    '|---|---|---|---|---|---|',
    ...Object.entries(report.counts).map(
      ([kind, c]) =>
        `| ${kind} | ${c.created} | ${c.updated} | ${c.unchanged} | ${c.skipped} | ${c.failed} |`,
    ),
  ];
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', `## ${title}`, '', ...items.map((item) => `- ${item}`));
  };
  section(
    'Unknown shortcodes (kept as text)',
    Object.entries(report.unknownShortcodes).map(
      ([name, documents]) => `\`[${name}]\` in ${documents.join(', ')}`,
    ),
  );
  section(
    'Missing media',
    report.missingMedia.map(({ document, file }) => `${file} (${document})`),
  );
  section(
    'Broken links',
    report.brokenLinks.map(({ document, href }) => `${href} in ${document}`),
  );
  section(
    'Warnings',
    report.warnings.map(({ document, message }) => `${document}: ${message}`),
  );
  return `${lines.join('\n')}\n`;
}
