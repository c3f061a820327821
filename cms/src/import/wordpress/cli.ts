import '../../seed/withoutRebuilds.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getPayload } from 'payload';
import config from '../../payload.config.ts';
import { importWordpress } from './importWordpress.ts';
import { reportMarkdown } from './importReport.ts';
import { writeReport } from './writeReport.ts';
import { WxrError } from './WxrError.ts';

// `npm run import:wordpress -- <export.xml> --portal <id> [--media <uploads>] [--report <dir>]`
// from the root: npm runs this in cms/, so paths are resolved against where it was typed.
const here = process.env.INIT_CWD ?? process.cwd();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { portal: { type: 'string' }, media: { type: 'string' }, report: { type: 'string' } },
});
const [file] = positionals;
if (!file || !values.portal) {
  console.error(
    'Usage: npm run import:wordpress -- <export.xml> --portal <id> [--media <folder>] [--report <folder>]',
  );
  process.exit(2);
}

const payload = await getPayload({ config });
let status = 0;
try {
  const report = await importWordpress(payload, {
    file: path.resolve(here, file),
    portal: values.portal,
    mediaDir: values.media && path.resolve(here, values.media),
    log: (line) => console.log(line),
  });
  const written = writeReport(report, path.resolve(here, values.report ?? '.'));
  console.log(
    `\n${reportMarkdown(report)}\nReport written to ${written.markdown} and ${written.json}.`,
  );
} catch (error) {
  status = 1;
  console.error(error instanceof WxrError ? `${error.message}\nNothing was imported.` : error);
} finally {
  await payload.destroy();
}
process.exit(status);
