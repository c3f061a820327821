import type { Payload } from 'payload';
import type { WxrAuthor } from './wxrModel.ts';

/**
 * The CMS users who were WordPress authors, matched by e-mail address: they become the
 * writers of their imported drafts. Others leave the writer empty for an editor to assign.
 */
export async function writersByLogin(
  payload: Payload,
  authors: readonly WxrAuthor[],
): Promise<Map<string, number>> {
  const writers = new Map<string, number>();
  for (const author of authors) {
    if (!author.email) continue;
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: author.email.toLowerCase() } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    });
    const user = docs[0];
    if (user && user.role !== 'referent') writers.set(author.login, user.id);
  }
  return writers;
}
