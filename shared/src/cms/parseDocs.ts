import { z } from 'zod';
import { CmsError } from './CmsError.ts';

/**
 * Validates each document against a schema. One invalid document fails the whole read,
 * with its id and every problem spelled out, rather than silently dropping a page.
 */
export function parseDocs<T extends z.ZodType>(
  schema: T,
  docs: readonly unknown[],
  source: { collection: string; url: string },
): z.output<T>[] {
  return docs.map((doc, index) => {
    const result = schema.safeParse(doc);
    if (result.success) return result.data;
    const id = (doc as { id?: unknown } | null)?.id;
    const shownId = typeof id === 'string' || typeof id === 'number' ? id : `#${index + 1}`;
    throw new CmsError(
      `The CMS sent a ${source.collection} document (id ${shownId}) the sites cannot read:\n` +
        `${z.prettifyError(result.error)}\nFix it in the CMS, or update the schema in @portals/shared/cms.`,
      source.url,
    );
  });
}
