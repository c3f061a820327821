import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { editorConfigFactory } from '@payloadcms/richtext-lexical';
import { portalList, type PortalId } from '@portals/content-models';
import type { Payload } from 'payload';
import { convertBodies } from './convertBodies.ts';
import type { ImportContext } from './importContext.ts';
import { emptyReport, type ImportReport } from './importReport.ts';
import { parseWxr } from './parseWxr.ts';
import { planImport } from './planImport.ts';
import { writeArticles } from './writeArticles.ts';
import { writeMedia } from './writeMedia.ts';
import { writeRedirects } from './writeRedirects.ts';
import { writeSections } from './writeSections.ts';
import { writersByLogin } from './writersByLogin.ts';

export type ImportOptions = {
  /** The WXR export (Tools › Export in WordPress). */
  file: string;
  /** The portal the content goes to (`hospichild`, `born-in-brussels`…). */
  portal: string;
  /** A copy of `wp-content/uploads`: attachments are read from it. */
  mediaDir?: string;
  log?: (line: string) => void;
  now?: Date;
};

/**
 * Imports a WordPress export into a portal: reads and validates the whole file, plans every
 * document and converts every body first, so a malformed export changes nothing; then writes
 * sections, media, articles (drafts) and redirects, each keyed by its WordPress id.
 */
export async function importWordpress(
  payload: Payload,
  options: ImportOptions,
): Promise<ImportReport> {
  const log = options.log ?? (() => {});
  const portal = portalList.find((candidate) => candidate.id === options.portal);
  if (!portal) {
    throw new Error(
      `Unknown portal "${options.portal}": one of ${portalList.map((p) => p.id).join(', ')}.`,
    );
  }
  const { mediaDir } = options;
  if (mediaDir && !(existsSync(mediaDir) && statSync(mediaDir).isDirectory())) {
    throw new Error(`The media folder ${mediaDir} does not exist.`);
  }
  log(`Reading ${options.file}…`);
  const wxr = await parseWxr(options.file);
  const plan = planImport(wxr, {
    locales: portal.locales,
    fileExists: (file) => Boolean(mediaDir) && existsSync(path.join(mediaDir ?? '', file)),
  });
  const report = emptyReport(portal.id, options.file, options.now ?? new Date());
  report.warnings.push(...plan.warnings);
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const bodies = convertBodies(plan, wxr.siteUrl, editorConfig, report);
  const writers = await writersByLogin(payload, wxr.authors);
  log(
    `Export read: ${plan.articles.length} articles, ${plan.sections.length} sections, ` +
      `${plan.media.length} media. Writing…`,
  );

  const context: ImportContext = {
    payload,
    portal: portal.id as PortalId,
    locales: portal.locales,
    ids: new Map(),
    report,
    log,
  };
  await writeSections(context, plan.sections);
  await writeMedia(context, plan.media, mediaDir);
  await writeArticles(context, plan.articles, bodies, (article) => {
    const login = wxr.items.find((item) => item.id === Number(article.key.split(':')[1]))?.creator;
    return login ? writers.get(login) : undefined;
  });
  await writeRedirects(context, plan);
  return report;
}
