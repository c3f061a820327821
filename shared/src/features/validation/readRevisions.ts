import { collectionSlugs, revisionReasons, revisionsPath } from '@portals/content-models';
import { z } from 'zod';
import { CmsError } from '@portals/shared/cms';

const revisionListSchema = z.object({
  docs: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      reason: z.enum(revisionReasons, {
        error: `expected a reason among ${revisionReasons.join(', ')}`,
      }),
    }),
  ),
});

export type SiteRevision = z.output<typeof revisionListSchema>['docs'][number];

export interface ReadRevisionsOptions {
  cmsUrl: string;
  portal: string;
  fetch?: typeof fetch;
}

/**
 * The portal's published articles under revision, from the CMS (`revisionsPath`). Fails the
 * build like every CMS read: a page must never claim a validation the CMS has withdrawn.
 */
export async function readRevisions(options: ReadRevisionsOptions): Promise<SiteRevision[]> {
  const url = new URL(revisionsPath(collectionSlugs.articles, options.portal), options.cmsUrl);
  const where = url.href;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url);
  } catch (error) {
    throw new CmsError(`The CMS is unreachable at ${where} (check CMS_URL).`, where, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new CmsError(`The CMS answered ${response.status} at ${where} (check CMS_URL).`, where);
  }
  const parsed = revisionListSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new CmsError(`Unexpected revisions list at ${where}: ${parsed.error.message}`, where);
  }
  return parsed.data.docs;
}
