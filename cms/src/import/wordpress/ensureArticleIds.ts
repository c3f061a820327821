import { findImported, type ImportedDoc } from './findImported.ts';
import { idKey, localesOf, writeContext, type ImportContext } from './importContext.ts';
import type { PlannedArticle } from './importPlan.ts';
import { count } from './importReport.ts';

/**
 * Gives every article of the plan an id before any body is written, since bodies link to each
 * other: finds the one an earlier import made, or creates a draft with its first language's
 * title. Returns the documents found, which the next step may leave alone.
 */
export async function ensureArticleIds(
  context: ImportContext,
  articles: readonly PlannedArticle[],
): Promise<Map<string, ImportedDoc>> {
  const { payload, portal, ids, report } = context;
  const existing = new Map<string, ImportedDoc>();
  for (const article of articles) {
    try {
      const found = await findImported(payload, 'articles', article.candidates, portal);
      if (found) {
        existing.set(article.key, found);
        ids.set(idKey('articles', article.key), found.id);
        continue;
      }
      const [locale] = localesOf(article.versions, context.locales);
      const version = locale && article.versions[locale];
      if (!locale || !version) continue;
      const created = await payload.create({
        collection: 'articles',
        locale,
        draft: true,
        context: writeContext,
        overrideAccess: true,
        data: {
          title: version.title,
          slug: version.slug,
          kind: article.kind,
          portals: [portal],
          editorialState: 'writing',
          publishedAt: article.publishedAt,
          wordpress: { key: article.key },
          _status: 'draft',
        },
      });
      ids.set(idKey('articles', article.key), created.id);
    } catch (error) {
      count(report, 'articles', 'failed');
      report.warnings.push({ document: article.label, message: (error as Error).message });
    }
  }
  return existing;
}
