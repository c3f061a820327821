import path from 'node:path';
import { progress } from '../../seed/progress.ts';
import { checksum } from './checksum.ts';
import { findImported } from './findImported.ts';
import { idKey, localesOf, writeContext, type ImportContext } from './importContext.ts';
import type { PlannedMedia } from './importPlan.ts';
import { count } from './importReport.ts';

/**
 * Uploads the attachments found in the `--media` folder, with their alternative text in each
 * language. A file already imported is not uploaded again; its texts follow the export.
 */
export async function writeMedia(
  context: ImportContext,
  media: readonly PlannedMedia[],
  mediaDir: string | undefined,
) {
  const { payload, portal, ids, report } = context;
  const bar = progress('media', media.length, context.log);
  for (const item of media) {
    bar.tick();
    if (!item.file || !mediaDir) {
      count(report, 'media', 'skipped');
      report.missingMedia.push({ document: item.label, file: item.expectedFile });
      continue;
    }
    const sum = checksum({ alt: item.alt, file: item.file });
    const wordpress = { key: item.key, checksum: sum };
    try {
      const existing = await findImported(payload, 'media', item.candidates, portal);
      let id = existing?.id;
      if (existing?.wordpress?.checksum === sum) {
        count(report, 'media', 'unchanged');
      } else {
        for (const locale of localesOf(item.alt, context.locales)) {
          const data = { alt: item.alt[locale] ?? '', portals: [portal], wordpress };
          const common = { collection: 'media', locale, data, context: writeContext } as const;
          const filePath = path.join(mediaDir, item.file);
          id =
            id === undefined
              ? (await payload.create({ ...common, filePath, overrideAccess: true })).id
              : (await payload.update({ ...common, id, overrideAccess: true })).id;
        }
        count(report, 'media', existing ? 'updated' : 'created');
      }
      if (id !== undefined) ids.set(idKey('media', item.key), id);
    } catch (error) {
      count(report, 'media', 'failed');
      report.warnings.push({ document: item.label, message: (error as Error).message });
    }
  }
}
