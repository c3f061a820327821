import type { EditorialState } from '@portals/content-models';
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload';
import {
  changesRequested,
  toValidate,
  validated,
  type MailText,
} from '../workflow/mailTemplates.ts';
import { idOf, idsOf, reviewerOrganisations, titleOf, type Id } from '../workflow/relations.ts';

async function referentEmails(req: PayloadRequest, organisations: Id[]): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'referent' } }, { organisation: { in: organisations } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  });
  return docs.map((user) => user.email);
}

async function writerEmail(req: PayloadRequest, writer: unknown): Promise<string[]> {
  const id = idOf(writer);
  if (id == null) return [];
  const user = await req.payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
    .catch(() => null);
  return user ? [user.email] : [];
}

/** Sends without holding up the save: a slow or absent mail server must not block editors. */
function send(req: PayloadRequest, to: string[], mail: MailText) {
  const recipients = [...new Set(to)].filter(Boolean);
  if (recipients.length === 0) return;
  req.payload.sendEmail({ to: recipients, ...mail }).catch((error: unknown) => {
    req.payload.logger.error({
      err: error,
      msg: `Workflow e-mail "${mail.subject}" could not be sent`,
    });
  });
}

/**
 * Tells the people concerned when a text changes state: the referents of its themes when it
 * is sent for validation, its writer when it is validated or sent back with a comment.
 */
export const announceWorkflowChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
  context,
}) => {
  // The demo seed sets states directly and must not e-mail its demo addresses.
  if (context.silentWorkflow) return;
  const record = doc as Record<string, unknown>;
  const after = record.editorialState as EditorialState | undefined;
  const before = (previousDoc as Record<string, unknown> | undefined)?.editorialState as
    EditorialState | undefined;
  if (!after || after === before) return;
  const title = titleOf(collection.slug, record);
  const link = `${req.payload.config.serverURL}/admin/collections/${collection.slug}/${String(idOf(record.id))}`;
  if (after === 'in-validation') {
    const organisations = await reviewerOrganisations(req, idsOf(record.themes));
    const to = [
      ...(await referentEmails(
        req,
        organisations.map((o) => o.id),
      )),
      ...organisations.map((o) => o.email ?? ''),
    ];
    send(req, to, toValidate(title, link, organisations.map((o) => o.name).join(', ')));
  } else if (after === 'validated') {
    const approval = record.approval as { organisation?: unknown } | undefined;
    const organisations = await reviewerOrganisations(req, idsOf(record.themes));
    const name =
      organisations.find((o) => String(o.id) === String(idOf(approval?.organisation)))?.name ?? '';
    send(req, await writerEmail(req, record.writer), validated(title, link, name));
  } else if (after === 'changes-requested') {
    send(
      req,
      await writerEmail(req, record.writer),
      changesRequested(
        title,
        link,
        typeof record.reviewComment === 'string' ? record.reviewComment : '',
      ),
    );
  }
};
