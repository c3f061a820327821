import {
  documentPaths,
  getPortal,
  isSluggedKind,
  type Locale,
  type PortalId,
} from '@portals/content-models';
import type { CollectionSlug, PayloadRequest } from 'payload';
import { sectionPathsOf } from './sectionPaths.ts';

type Id = number | string;

/** Where a published document lives: its portals and its page path in each locale. */
export interface Placement {
  portals: PortalId[];
  paths: Partial<Record<Locale, string>>;
  /** The sections an article is placed under, main one first: where readers go if it is withdrawn. */
  sections: Id[];
}

interface DocumentRecord {
  id: Id;
  _status?: string | null;
  slug?: Partial<Record<Locale, string | null>> | null;
  portals?: PortalId[] | null;
  portal?: PortalId | null;
  sections?: (Id | { id: Id })[] | null;
  parent?: Id | { id: Id } | null;
}

/** The locales of `paths` that at least one of `portals` publishes. */
function inPortalLocales(
  portals: PortalId[],
  paths: Partial<Record<Locale, string>>,
): Partial<Record<Locale, string>> {
  const published = new Set(portals.flatMap((portal) => getPortal(portal).locales));
  return Object.fromEntries(
    Object.entries(paths).filter(([locale]) => published.has(locale as Locale)),
  );
}

/**
 * Reads the live version of a document (`draft: false`: what the portals show, not the
 * editor's pending draft) and where its pages are, or null when it is not published.
 */
export async function publishedPlacement(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: Id,
): Promise<Placement | null> {
  const kind = collection === 'sections' || isSluggedKind(collection) ? collection : null;
  if (kind === null) return null;
  const doc = (await req.payload.findByID({
    collection: kind,
    id,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as DocumentRecord | null;
  if (!doc) return null;
  if (kind === 'sections') {
    const portals = doc.portal ? [doc.portal] : [];
    return {
      portals,
      paths: inPortalLocales(portals, await sectionPathsOf(req, doc)),
      sections: [],
    };
  }
  if (doc._status !== 'published') return null;
  const portals = doc.portals ?? [];
  const paths: Partial<Record<Locale, string>> = {};
  for (const [locale, slug] of Object.entries(doc.slug ?? {})) {
    if (slug) paths[locale as Locale] = documentPaths[kind](locale as Locale, slug);
  }
  return {
    portals,
    paths: inPortalLocales(portals, paths),
    sections: (doc.sections ?? []).map((section) =>
      typeof section === 'object' ? section.id : section,
    ),
  };
}
