import { progress } from '../../seed/progress.ts';
import { bindIds } from './bindIds.ts';
import { checksum } from './checksum.ts';
import type { Bodies } from './convertBodies.ts';
import { ensureArticleIds } from './ensureArticleIds.ts';
import type { ImportedDoc } from './findImported.ts';
import { idKey, localesOf, writeContext, type ImportContext } from './importContext.ts';
import type { PlannedArticle } from './importPlan.ts';
import { count } from './importReport.ts';

/** An imported draft an editor has taken further (sent, validated, published) is left alone. */
const untouched = (doc: ImportedDoc) =>
  doc._status !== 'published' && (doc.editorialState ?? 'writing') === 'writing';

/** Each language's fields, the body's links and images bound to the documents written. */
function localeData(context: ImportContext, article: PlannedArticle, bodies: Bodies) {
  return localesOf(article.versions, context.locales).flatMap((locale) => {
    const version = article.versions[locale];
    if (!version) return [];
    const converted = bodies.get(article.key)?.[locale];
    const bound =
      converted &&
      bindIds(converted.body, (collection, key) => context.ids.get(idKey(collection, key)));
    for (const key of bound?.unbound ?? []) {
      context.report.warnings.push({
        document: `${article.label} (${locale})`,
        message: `${key} was not imported: its link or image became text`,
      });
    }
    const { title, slug, summary } = version;
    // The generated type spells out Lexical's node union; the converter's output is that tree.
    const body = bound?.state as never;
    return [{ locale, data: { title, slug, summary: summary ?? null, body } }];
  });
}

/**
 * Writes the articles as drafts in the « writing » state with their original dates, both
 * languages on one document: ids first (bodies link to each other), then each article's
 * fields, skipped when the checksum says the export did not change since the last import.
 */
export async function writeArticles(
  context: ImportContext,
  articles: readonly PlannedArticle[],
  bodies: Bodies,
  writerOf: (article: PlannedArticle) => number | undefined,
) {
  const { payload, portal, ids, report } = context;
  const existing = await ensureArticleIds(context, articles);
  const bar = progress('articles', articles.length, context.log);
  for (const article of articles) {
    bar.tick();
    const id = ids.get(idKey('articles', article.key));
    const previous = existing.get(article.key);
    if (id === undefined) continue;
    if (previous && !untouched(previous)) {
      count(report, 'articles', 'skipped');
      report.warnings.push({
        document: article.label,
        message: 'taken further by an editor since the import: left alone',
      });
      continue;
    }
    const sections = article.sectionKeys
      .map((key) => ids.get(idKey('sections', key)))
      .filter((section) => section !== undefined);
    const shared = {
      kind: article.kind,
      portals: [portal],
      sections,
      publishedAt: article.publishedAt,
      writer: writerOf(article) ?? null,
    };
    const perLocale = localeData(context, article, bodies);
    const sum = checksum({ shared, perLocale });
    if (previous?.wordpress?.checksum === sum) {
      count(report, 'articles', 'unchanged');
      continue;
    }
    try {
      for (const { locale, data } of perLocale) {
        await payload.update({
          collection: 'articles',
          id,
          locale,
          context: writeContext,
          overrideAccess: true,
          data: {
            ...shared,
            ...data,
            editorialState: 'writing',
            wordpress: { key: article.key, checksum: sum },
            _status: 'draft',
          },
        });
      }
      count(report, 'articles', previous ? 'updated' : 'created');
    } catch (error) {
      count(report, 'articles', 'failed');
      report.warnings.push({ document: article.label, message: (error as Error).message });
    }
  }
}
