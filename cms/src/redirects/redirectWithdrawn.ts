import {
  documentSegments,
  kindListPath,
  type Locale,
  type SegmentedKind,
} from '@portals/content-models';
import type { PayloadRequest } from 'payload';
import type { Placement } from './publishedPlacement.ts';
import { redirectToDocument, type DocumentTarget } from './redirectToDocument.ts';

/** A portal's choice for withdrawn pages: `create` (the default) or `none`. */
async function redirectsWithdrawnPages(req: PayloadRequest, portal: string): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: 'portals',
    where: { portal: { equals: portal } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  });
  const setting = (docs[0] as { unpublishedRedirect?: string | null } | undefined)
    ?.unpublishedRedirect;
  return setting !== 'none';
}

/** The first of `sections` that belongs to `portal`: an article may sit in several portals' trees. */
async function mainSectionOn(
  req: PayloadRequest,
  sections: (number | string)[],
  portal: string,
): Promise<number | string | null> {
  if (sections.length === 0) return null;
  const { docs } = await req.payload.find({
    collection: 'sections',
    where: { and: [{ id: { in: sections } }, { portal: { equals: portal } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  });
  const onPortal = new Set(docs.map((doc) => String(doc.id)));
  return sections.find((id) => onPortal.has(String(id))) ?? null;
}

const hasListPage = (collection: string): collection is SegmentedKind =>
  collection in documentSegments;

/**
 * An unpublished page's readers land on its first section, or the list of its kind (a hospital
 * on the hospitals, an agenda item on the agenda), or the language's home page, rather than a
 * dead end. Temporary (302): the page may come back, and then its live address
 * wins again (`followMove` clears redirects from a live page's path).
 */
export async function redirectWithdrawn(
  req: PayloadRequest,
  target: DocumentTarget,
  before: Placement,
): Promise<void> {
  if (target.relationTo === 'sections') return;
  for (const portal of before.portals) {
    if (!(await redirectsWithdrawnPages(req, portal))) continue;
    const section = await mainSectionOn(req, before.sections, portal);
    for (const [locale, from] of Object.entries(before.paths) as [Locale, string][]) {
      const fallback =
        target.relationTo !== 'articles' && hasListPage(target.relationTo)
          ? kindListPath(target.relationTo, locale)
          : `/${locale}/`;
      await redirectToDocument(req, {
        from,
        target: section == null ? fallback : { relationTo: 'sections', value: section },
        portal,
        locale,
        statusCode: '302',
      });
    }
  }
}
