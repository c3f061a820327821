import { isLocale, sluggedKinds, type Locale, type PortalId } from '@portals/content-models';
import type { PayloadRequest } from 'payload';
import { publishedPlacement } from './publishedPlacement.ts';
import { normalizedPath } from './redirectPaths.ts';

/** The locale a portal path is in: its first segment (`/nl/…`). */
export function localeOfPath(path: string): Locale | null {
  const first = path.split('/')[1] ?? '';
  return isLocale(first) ? first : null;
}

/**
 * Whether a published document of `portal` has its page at `path` in `locale`. Every page of a
 * document ends with its own slug, so only documents with that slug are read.
 */
export async function liveDocumentAt(
  req: PayloadRequest,
  path: string,
  portal: PortalId,
  locale: Locale,
): Promise<boolean> {
  const target = normalizedPath(path);
  const slug = target.split('/').filter(Boolean).pop();
  if (!slug || target.includes('?')) return false;
  for (const collection of ['sections', ...sluggedKinds] as const) {
    const { docs } = await req.payload.find({
      collection,
      where: {
        and: [
          { slug: { equals: slug } },
          collection === 'sections'
            ? { portal: { equals: portal } }
            : { portals: { in: [portal] } },
        ],
      },
      locale,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    });
    for (const doc of docs) {
      const placement = await publishedPlacement(req, collection, doc.id);
      if (placement?.paths[locale] === target) return true;
    }
  }
  return false;
}
