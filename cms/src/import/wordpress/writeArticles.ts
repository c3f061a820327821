import { progress } from '../../seed/progress.ts';
import { bindIds } from './bindIds.ts';
import { checksum } from './checksum.ts';
import type { Bodies } from './convertBodies.ts';
import { findImported, type ImportedDoc } from './findImported.ts';
import { idKey, localesOf, writeContext, type ImportContext } from './importContext.ts';
import type { PlannedArticle } from './importPlan.ts';
import { count } from './importReport.ts';

/** An imported draft an editor has taken further (sent, validated, published) is left alone. */
const untouched = (doc: ImportedDoc) =>
  doc._status !== 'published' && (doc.editorialState ?? 'writing') === 'writing';

/**
 * Writes the articles as drafts in the « writing » state with their original dates, both
 * languages on one document. First every article gets an id (links between articles need
 * them), then each gets its bodies with links and images bound to the new documents.
 */
export async function writeArticles(
  context: ImportContext,
  articles: readonly PlannedArticle[],
  bodies: Bodies,
  writerOf: (article: PlannedArticle) => number | undefined,
) {
  const { payload, portal, ids, report } = context;
  const existing = new Map<string, ImportedDoc>();
  for (const article of articles) {
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
  }

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
    const perLocale = localesOf(article.versions, context.locales).map((locale) => {
      const version = article.versions[locale]!;
      const converted = bodies.get(article.key)?.[locale];
      const bound =
        converted && bindIds(converted.body, (collection, key) => ids.get(idKey(collection, key)));
      for (const key of bound?.unbound ?? []) {
        report.warnings.push({
          document: `${article.label} (${locale})`,
          message: `${key} was not imported: its link or image became text`,
        });
      }
      const body = bound?.state as never;
      return {
        locale,
        data: { title: version.title, slug: version.slug, summary: version.summary ?? null, body },
      };
    });
    const sum = checksum({ shared, perLocale });
    if (previous?.wordpress?.checksum === sum) {
      count(report, 'articles', 'unchanged');
      continue;
    }
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
  }
}
