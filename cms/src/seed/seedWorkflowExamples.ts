import { slugify } from '@portals/content-models';
import type { Payload } from 'payload';
import { reviewDates, workflowDrafts } from './data/workflowExamples.ts';
import { findId, idsOf, type Id } from './findId.ts';
import { progress } from './progress.ts';
import { toLexical } from './toLexical.ts';

// Seeded states are set directly, without the e-mails a real move sends.
const context = { silentWorkflow: true };

/** Drafts at each workflow step, and review-due dates on a few hospital fiches. */
export async function seedWorkflowExamples(
  payload: Payload,
  refs: { sections: Map<string, Id>; themes: Map<string, Id> },
  log: (line: string) => void,
) {
  let created = 0;
  const bar = progress('workflow examples', workflowDrafts.length + reviewDates.length, log);
  for (const draft of workflowDrafts) {
    const slug = slugify(draft.title);
    const writer = await findId(payload, 'users', { email: { equals: draft.writer } });
    if ((await findId(payload, 'articles', { slug: { equals: slug } })) == null) {
      await payload.create({
        collection: 'articles',
        locale: 'fr',
        draft: true,
        context,
        data: {
          title: draft.title,
          slug,
          summary: draft.summary,
          body: toLexical(draft.body),
          kind: 'page',
          portals: [draft.portal],
          sections: idsOf(draft.sections, refs.sections, 'section'),
          themes: idsOf(draft.themes, refs.themes, 'theme'),
          writer,
          editorialState: draft.state,
          reviewComment: draft.comment,
          isDemo: true,
          _status: 'draft',
        },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  for (const { hospital, inDays } of reviewDates) {
    const id = await findId(payload, 'hospitals', { name: { equals: hospital } });
    if (id != null) {
      const reviewDueAt = new Date(Date.now() + inDays * 86_400_000).toISOString();
      await payload.update({
        collection: 'hospitals',
        id,
        context,
        data: { reviewDueAt, _status: 'published' },
        overrideAccess: true,
      });
    }
    bar.tick();
  }
  return { created };
}
