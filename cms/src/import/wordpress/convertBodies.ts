import { convertBody, type ConvertedBody, type EditorConfig } from './convertBody.ts';
import type { ImportPlan, Localized } from './importPlan.ts';
import type { ImportReport } from './importReport.ts';
import { linkTargets } from './linkTargets.ts';
import type { WxrLocale } from './wxrModel.ts';

export type Bodies = Map<string, Localized<ConvertedBody>>;

/**
 * Converts every article's content before anything is written (a conversion that fails
 * stops the import with nothing changed), and notes in the report what editors must look at.
 */
export function convertBodies(
  plan: ImportPlan,
  siteUrl: string,
  editorConfig: EditorConfig,
  report: ImportReport,
): Bodies {
  const targets = linkTargets(plan, siteUrl);
  const media = new Map(plan.media.map((item) => [item.key, item]));
  const bodies: Bodies = new Map();
  for (const article of plan.articles) {
    const converted: Localized<ConvertedBody> = {};
    for (const [locale, version] of Object.entries(article.versions) as [
      WxrLocale,
      { html: string; wordpressId: number },
    ][]) {
      const body = convertBody(version.html, {
        editorConfig,
        targets,
        mediaOf: (key) => media.get(key),
        locale,
      });
      const document = `${article.label} (${locale})`;
      for (const name of body.unknownShortcodes) {
        (report.unknownShortcodes[name] ??= []).push(document);
      }
      for (const href of body.brokenLinks) report.brokenLinks.push({ document, href });
      for (const file of body.missingImages) report.missingMedia.push({ document, file });
      for (const message of body.notes) report.warnings.push({ document, message });
      converted[locale] = body;
    }
    bodies.set(article.key, converted);
  }
  return bodies;
}
