import type { PayloadRequest, ServerFunction } from 'payload';
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler';
import { mayPublish, type Target } from '../access/mayUpdate.ts';

interface ScheduleArgs {
  type?: 'publish' | 'unpublish';
  deleteID?: string | number;
  doc?: { relationTo?: string; value?: string | number };
  global?: string;
}

function targetOf(input: Pick<ScheduleArgs, 'doc' | 'global'> | undefined): Target {
  if (input?.doc?.relationTo && input.doc.value != null) {
    return { collection: input.doc.relationTo, id: input.doc.value };
  }
  if (input?.global) return { global: input.global };
  return { invalid: true };
}

/** The document a scheduled publication acts on, or nothing if `id` is no such job. */
async function scheduledTarget(req: PayloadRequest, id: string | number): Promise<Target> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: id } }, { taskSlug: { equals: 'schedulePublish' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  });
  return targetOf(docs[0]?.input as ScheduleArgs | undefined);
}

/** Answered as Payload answers a failed scheduling, `{ error }`, which the drawer shows. */
const refused = {
  error:
    'Vous ne pouvez pas planifier ni annuler la publication de ce document. / ' +
    'U kunt de publicatie van dit document niet plannen of annuleren.',
};

/**
 * Payload's `schedule-publish` server function checks only that the user may open the admin:
 * it queues a publication of any document and deletes any scheduled job by id, access
 * overridden (issue #13, finding 5). Here scheduling, and cancelling a scheduled job, need
 * the right to publish the document concerned (update it, and not be a referent). Cancelling alone (the drawer sends only
 * `deleteID`) queues nothing, where Payload would queue an empty job.
 */
export const guardSchedulePublish: ServerFunction<ScheduleArgs> = async (args) => {
  const { req, deleteID, type } = args;
  if (deleteID != null) {
    if (!(await mayPublish(req, await scheduledTarget(req, deleteID)))) return refused;
    if (!type) {
      await req.payload.delete({ collection: 'payload-jobs', id: deleteID, req });
      return { message: req.i18n.t('general:success') };
    }
  }
  if (!(await mayPublish(req, targetOf(args)))) return refused;
  return schedulePublishHandler(args as unknown as Parameters<typeof schedulePublishHandler>[0]);
};
