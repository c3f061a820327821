import { isLocale } from '@portals/content-models';
import { createLocalReq, type Payload } from 'payload';
import { liveDocumentAt } from '../../redirects/liveDocumentAt.ts';
import { progress } from '../../seed/progress.ts';
import { idKey, writeContext, type ImportContext } from './importContext.ts';
import type { ImportPlan, PlannedArticle, PlannedSection } from './importPlan.ts';
import { count } from './importReport.ts';

type Planned = { doc: PlannedArticle | PlannedSection; collection: 'articles' | 'sections' };

async function findRedirect(payload: Payload, portal: string, from: string, locale: string) {
  const { docs } = await payload.find({
    collection: 'redirects',
    where: {
      and: [
        { from: { equals: from } },
        { portal: { equals: portal } },
        { locale: { equals: locale } },
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  return docs[0];
}

/**
 * One permanent redirect per old URL (permalink, `?p=`, `?page_id=`, `?cat=`), in the
 * language of the page that answered there, to the new document: the portals resolve it to
 * the document's URL at build time, so it follows later renames.
 */
export async function writeRedirects(context: ImportContext, plan: ImportPlan) {
  const { payload, portal, ids, report } = context;
  const documents: Planned[] = [
    ...plan.articles.map((doc) => ({ doc, collection: 'articles' as const })),
    ...plan.sections.map((doc) => ({ doc, collection: 'sections' as const })),
  ];
  const planned = documents.flatMap(({ doc, collection }) =>
    doc.oldUrls.map((url) => ({ ...url, doc, collection })),
  );
  const bar = progress('redirects', planned.length, context.log);
  const req = await createLocalReq({}, payload);
  for (const { path: from, locale, doc, collection } of planned) {
    bar.tick();
    const id = ids.get(idKey(collection, doc.key));
    if (id === undefined) {
      count(report, 'redirects', 'skipped');
      continue;
    }
    // A page that kept its address (a WordPress page become a section of the same slug) needs
    // no redirect, and the CMS refuses one that would hide a live page.
    if (isLocale(locale) && (await liveDocumentAt(req, from, portal, locale))) {
      count(report, 'redirects', 'skipped');
      continue;
    }
    const toDocument = { relationTo: collection, value: id };
    try {
      const existing = await findRedirect(payload, portal, from, locale);
      const current = existing?.toDocument;
      if (
        current &&
        current.relationTo === collection &&
        (typeof current.value === 'object' ? current.value.id : current.value) === id
      ) {
        count(report, 'redirects', 'unchanged');
        continue;
      }
      const data = {
        from,
        toDocument,
        toPath: null,
        statusCode: '301' as const,
        portal: portal,
        locale,
      };
      if (existing)
        await payload.update({
          collection: 'redirects',
          id: existing.id,
          data,
          context: writeContext,
          overrideAccess: true,
        });
      else
        await payload.create({
          collection: 'redirects',
          data,
          context: writeContext,
          overrideAccess: true,
        });
      count(report, 'redirects', existing ? 'updated' : 'created');
    } catch (error) {
      count(report, 'redirects', 'failed');
      report.warnings.push({
        document: doc.label,
        message: `redirect ${from}: ${(error as Error).message}`,
      });
    }
  }
}
