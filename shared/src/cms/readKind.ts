import type { ContentKind, KitEntry, KitLogger } from '../kit/contract.ts';
import { readableUrl } from './CmsError.ts';
import { fetchDocs, fetchDocVersions, type CmsReadOptions, type DocVersion } from './fetchDocs.ts';
import { kindPath, kindRequest, kindVersionsRequest } from './kindRequest.ts';
import { parseDocs } from './parseDocs.ts';

/** The part of Astro's integration logger the readers use; tests pass a stub. */
export type CmsLogger = KitLogger;

export type ReadOptions = Omit<CmsReadOptions, 'onPage' | 'limit'> & { logger: CmsLogger };

type AnyKind = ContentKind<{ id: string }, KitEntry>;

/** One document of a kind, in build-log lines: `article 3`. */
export function docLabel(kind: Pick<ContentKind, 'name' | 'singular'>, id: string): string {
  return `${kind.singular ?? kind.name.replace(/s$/, '')} ${id}`;
}

/**
 * Second line of defence against payload#14750: the query already asks for published
 * documents, and anything else that still arrives is dropped here, loudly. A document that
 * comes back twice (pagination moved under the read) is kept once.
 */
export function keepPublished<T extends { id: string; _status?: unknown }>(
  docs: readonly T[],
  logger: CmsLogger,
  options: { drafts?: boolean; label?: (id: string) => string } = {},
): T[] {
  const label = options.label ?? ((id) => `article ${id}`);
  const seen = new Set<string>();
  return docs.filter((doc) => {
    if (options.drafts !== false && doc._status !== 'published') {
      logger.warn(
        `${label(doc.id)} came back with _status "${String(doc._status)}" despite the filter: skipped`,
      );
      return false;
    }
    if (seen.has(doc.id)) {
      logger.warn(`${label(doc.id)} came back twice (pagination moved?): kept once`);
      return false;
    }
    seen.add(doc.id);
    return true;
  });
}

/**
 * Reads a portal's documents of a kind (all, or `options.ids`) in every language, validates
 * them with the kind's `docSchema`, re-checks that they are published and maps them to entries.
 * A document that maps to no entry (no language) is left out. Any CMS failure throws a CmsError.
 */
export async function readKind<Doc extends { id: string }, Entry extends KitEntry>(
  kind: ContentKind<Doc, Entry>,
  options: ReadOptions,
): Promise<Entry[]> {
  const { logger } = options;
  const docs = await fetchDocs(
    {
      ...options,
      limit: kind.perRequest ?? 100,
      // Progress of a full read; reads of changed documents are short.
      onPage: options.ids
        ? undefined
        : ({ page, totalPages, totalDocs }) =>
            logger.info(
              `${kind.name}: page ${page}/${Math.max(totalPages, 1)} (${totalDocs} ${kind.drafts === false ? 'documents' : 'published'})`,
            ),
    },
    (ids) => kindRequest(kind, options.portal, ids),
  );
  const parsed = parseDocs(kind.docSchema, docs, {
    collection: kind.collection,
    url: readableUrl(new URL(kindPath(kind), options.cmsUrl)),
  });
  const context = { cmsUrl: options.cmsUrl, onWarning: (message: string) => logger.warn(message) };
  const label = (id: string) => docLabel(kind, id);
  return keepPublished(parsed, logger, { drafts: kind.drafts, label }).flatMap((doc) => {
    const entry = kind.toEntry(doc, context);
    return entry ? [entry] : [];
  });
}

/** Lists the id and `updatedAt` of a portal's documents of a kind, drafts re-checked as above. */
export async function readKindVersions<Doc extends { id: string }, Entry extends KitEntry>(
  kind: ContentKind<Doc, Entry>,
  options: ReadOptions,
): Promise<DocVersion[]> {
  const descriptor = kind as unknown as AnyKind;
  const versions = await fetchDocVersions(
    options,
    kindVersionsRequest(descriptor, options.portal),
    descriptor.collection,
  );
  return keepPublished(versions, options.logger, {
    drafts: descriptor.drafts,
    label: (id) => docLabel(descriptor, id),
  });
}
